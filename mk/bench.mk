# Benchmarks side by side (issue 6); see bench/run.sh. Included by the top-level Makefile.

.PHONY: bench bench-quick bench-load

## bench: full benchmark (seeds + 50,000 synthetic articles): Tuopin vs @neo4j/graphql vs Cypher, loader figures -> bench/results/latest.{json,md}
bench:
	@bench/run.sh full

## bench-quick: the same in under 10 minutes (seeds + 2,000 articles, short windows)
bench-quick:
	@bench/run.sh quick

## bench-load: loading at scale (issue 12): incremental loads of 20,000 and 100,000 synthetic articles (rate per tenth, RSS, reload), then the bulk path -> bench/results/load-scale.{json,md}
bench-load:
	@bench/loadscale.sh
