# Benchmarks side by side (issue 6); see bench/run.sh. Included by the top-level Makefile.

.PHONY: bench bench-quick bench-load bench-load-bulk-ab bench-load-bulk-slices

## bench: full benchmark (seeds + 50,000 synthetic articles): Tuopin vs @neo4j/graphql vs Cypher, loader figures -> bench/results/latest.{json,md}
bench:
	@bench/run.sh full

## bench-quick: the same in under 10 minutes (seeds + 2,000 articles, short windows)
bench-quick:
	@bench/run.sh quick

## bench-load: loading at scale (issue 12): incremental loads of 20,000 and 100,000 synthetic articles (rate per tenth, RSS, reload), then the bulk path -> bench/results/load-scale.{json,md}
bench-load:
	@bench/loadscale.sh

## bench-load-bulk-ab: bulk preparation (tuopin load --bulk-out, no Neo4j) of 20,000 synthetic articles, this tree against main (REV=...) in one script: CPU ms per article, cores used, bytes on disk per article
bench-load-bulk-ab:
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	git archive $${REV:-main} | tar -x -C "$$tmp"; (cd "$$tmp" && go build -o "$$tmp/tuopin-base" ./cmd/tuopin); \
	go build -o "$$tmp/tuopin-new" ./cmd/tuopin; \
	[ -d bench/work/synth-20000 ] || "$$tmp/tuopin-new" synth --articles 20000 --out bench/work/synth-20000 >/dev/null; \
	bench/loadbulkab.sh bench/work/synth-20000 new="$$tmp/tuopin-new" base="$$tmp/tuopin-base"

## bench-load-bulk-slices: bulk preparation along the run (N=200000 synthetic articles, ~1.4 GB under bench/work), this tree against main (REV=...) in one script: CPU ms per article, collections and live heap per tenth (flat: last/first <= 1.1)
bench-load-bulk-slices:
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; n=$${N:-200000}; \
	git archive $${REV:-main} | tar -x -C "$$tmp"; (cd "$$tmp" && go build -o "$$tmp/tuopin-base" ./cmd/tuopin); \
	go build -o "$$tmp/tuopin-new" ./cmd/tuopin; \
	[ -d bench/work/synth-$$n ] || "$$tmp/tuopin-new" synth --articles $$n --out bench/work/synth-$$n >/dev/null; \
	BENCH_BULK_OUT="$$tmp/out" bench/loadbulkslices.py bench/work/synth-$$n base="$$tmp/tuopin-base" new="$$tmp/tuopin-new"
