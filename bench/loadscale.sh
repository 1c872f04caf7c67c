#!/usr/bin/env bash
# Loading at scale (issue 12): `make bench-load`.
#
# Starts the benchmark's own Neo4j (BENCH_LOAD_NEO4J_PORT, default 7699; home
# bench/.neo4j/load-home, heap 1536m and page cache 3g unless NEO4J_HEAP /
# NEO4J_PAGECACHE say otherwise), builds tuopin and bench/loadscale, and for
# each size in BENCH_LOAD_SIZES (default "20000,100000") wipes the database,
# loads a synthetic corpus incrementally (bench/work/synth-N, made once) and
# loads it again; with BENCH_LOAD_BULK=1 (the default) it then times the bulk
# path on the largest corpus against the bulk importer alone
# (BENCH_LOAD_INCREMENTAL=false: only that, keeping the incremental figures). Results:
# bench/results/load-scale.{json,md}, or BENCH_LOAD_OUT.{json,md}. Corpora, binaries and the
# kept import files go under BENCH_LOAD_WORK (default bench/work; put large runs on a disk with room:
# 300,000 articles take ~2.3 GB of text and ~5 GB of import files, and the store as much again). The 100,000-article load takes 5–20
# minutes on 2 shared cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

export NEO4J_PORT=${BENCH_LOAD_NEO4J_PORT:-7699}
export NEO4J_HOME_DIR=${BENCH_LOAD_NEO4J_HOME:-$root/bench/.neo4j/load-home}
export NEO4J_RUN_DIR=${BENCH_LOAD_NEO4J_RUN:-$root/bench/.neo4j/load-run}
export NEO4J_HEAP=${NEO4J_HEAP:-1536m} NEO4J_PAGECACHE=${NEO4J_PAGECACHE:-3g}
work=${BENCH_LOAD_WORK:-$root/bench/work}
mkdir -p "$work/tmp"
export TMPDIR=$work/tmp # where tuopin load --bulk --bulk-keep keeps its import files

if ! /usr/bin/time -v true >/dev/null 2>&1; then
	echo "bench-load: GNU time is needed for peak RSS (apt-get install time)" >&2
	exit 1
fi
go build -o "$work/tuopin" ./cmd/tuopin
go build -o "$work/loadscale" ./bench/loadscale

echo "bench-load: starting Neo4j (port $NEO4J_PORT, heap $NEO4J_HEAP, page cache $NEO4J_PAGECACHE)" >&2
scripts/neo4j.sh stop >/dev/null 2>&1 || true
uri=$(scripts/neo4j.sh start | tail -n 1)
trap 'scripts/neo4j.sh stop >/dev/null 2>&1 || true' EXIT

bulk=()
[[ ${BENCH_LOAD_BULK:-1} == 1 ]] && bulk=(--bulk)
"$work/loadscale" --tuopin "$work/tuopin" --neo4j-uri "$uri" --neo4j-pid-file "$NEO4J_RUN_DIR/neo4j.pid" \
	--work "$work" --incremental="${BENCH_LOAD_INCREMENTAL:-true}" --sizes "${BENCH_LOAD_SIZES:-20000,100000}" --writers "${BENCH_LOAD_WRITERS:-2}" "${bulk[@]}" \
	--commit "$(git rev-parse --short HEAD)" \
	--out-json "${BENCH_LOAD_OUT:-bench/results/load-scale}.json" --out-md "${BENCH_LOAD_OUT:-bench/results/load-scale}.md"
cat "${BENCH_LOAD_OUT:-bench/results/load-scale}.md"
