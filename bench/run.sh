#!/usr/bin/env bash
# Benchmarks side by side (issue 6): `make bench` (full) and `make bench-quick`.
#
# usage: bench/run.sh full|quick
#
# 1. Starts a Neo4j of its own for the benchmark (port 7698, home and run dir
#    under bench/.neo4j/, git-ignored) and stops it at the end.
# 2. Loader figures: bench/loadbench (WriteFacts vs a raw UNWIND floor; it wipes
#    the database) and `go test ./loader -bench` (extraction vs gse Pos).
# 3. Resets the database, writes N synthetic articles (`tuopin synth`) and loads
#    them with the seed articles (`tuopin load`, peak RSS by GNU time -v).
# 4. bench/loadgen: checks that Tuopin, @neo4j/graphql (bench/peer) and the
#    hand-written Cypher floor return the same data, counts their db hits, then
#    times each query on each server alone.
#    Then `tuopin analyze` on the loaded graph (wall time and peak RSS by GNU
#    time -v, projection size from its report).
# 5. bench/analyticsbench: first-call and warm latency of every analytics field
#    and the server's RSS, for this commit and for the in-process analytics of
#    BENCH_ANALYTICS_OLD_REF (default afb950e, the last commit with them; built
#    from `git archive`; empty skips it), on the same data.
# 6. bench/report writes bench/results/latest.json and latest.md; the analytics
#    section is appended to latest.md (and kept in bench/results/analytics.json).
#
# Environment (optional): BENCH_ARTICLES (full 50000, quick 2000),
# BENCH_LOADBENCH_ARTICLES (full 10000, quick 2000; quick times each side 3 times on a
# warmed Neo4j and reports the medians, since 300 articles on a cold Neo4j read
# 0.26–0.32x against 1.05–1.21x in full runs), BENCH_WARMUP, BENCH_DURATION
# (full 10s/30s, quick 3s/8s), BENCH_NEO4J_WARMUP (full 90s, quick 20s: every floor
# statement before any timing, so that the first server timed does not meet a cold JVM),
# BENCH_CONCURRENCY (4), BENCH_NEO4J_PORT (7698), BENCH_TUOPIN_ADDR, BENCH_PEER_ADDR,
# BENCH_FLOOR_ADDR and BENCH_ANALYTICS_ADDR (loadgen's and analyticsbench's defaults: a
# second benchmark beside a running one needs its own),
# NEO4J_HEAP and NEO4J_PAGECACHE (full 1536m/3g, quick 768m/512m), BENCH_KEEP_NEO4J=1
# leaves the Neo4j running for inspection, BENCH_REUSE=1 times the servers again on
# the data the last run of the same mode loaded (skips steps 2 and 3 and reuses
# their figures from bench/results/tmp).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

mode=${1:-}
case $mode in
full)
	N=${BENCH_ARTICLES:-50000}
	LB_N=${BENCH_LOADBENCH_ARTICLES:-10000}
	LB_FLAGS=()
	WARMUP=${BENCH_WARMUP:-10s}
	DURATION=${BENCH_DURATION:-30s}
	NEO4J_WARMUP=${BENCH_NEO4J_WARMUP:-90s}
	BENCHTIME=5s
	export NEO4J_HEAP=${NEO4J_HEAP:-1536m} NEO4J_PAGECACHE=${NEO4J_PAGECACHE:-3g}
	;;
quick)
	N=${BENCH_ARTICLES:-2000}
	LB_N=${BENCH_LOADBENCH_ARTICLES:-2000}
	LB_FLAGS=(--warm --repeats 3)
	WARMUP=${BENCH_WARMUP:-3s}
	DURATION=${BENCH_DURATION:-8s}
	NEO4J_WARMUP=${BENCH_NEO4J_WARMUP:-20s}
	BENCHTIME=2s
	export NEO4J_HEAP=${NEO4J_HEAP:-768m} NEO4J_PAGECACHE=${NEO4J_PAGECACHE:-512m}
	;;
*)
	sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
	;;
esac
CONC=${BENCH_CONCURRENCY:-4}

export NEO4J_PORT=${BENCH_NEO4J_PORT:-7698}
export NEO4J_HOME_DIR=$root/bench/.neo4j/home
export NEO4J_RUN_DIR=$root/bench/.neo4j/run
work=$root/bench/work
tmp=$root/bench/results/tmp
mkdir -p "$work" "$tmp"
reuse=${BENCH_REUSE:-}
if [[ -n $reuse ]]; then
	for f in loadbench.json gse.txt load.json load.time; do
		[[ -s $tmp/$f ]] || { echo "bench: BENCH_REUSE needs $tmp/$f from an earlier run" >&2; exit 1; }
	done
	rm -f "$tmp/queries.json"
else
	rm -f "$tmp"/*.json "$tmp"/*.txt "$tmp"/*.time
fi

t0=$SECONDS
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
step() { echo "bench: [$((SECONDS - t0)) s] $*" >&2; }

# Never a database someone else uses: NEO4J_URI is ignored here on purpose.
unset NEO4J_URI NEO4J_USER NEO4J_PASSWORD NEO4J_DATABASE

step "$mode run: seeds + $N synthetic articles; loadbench $LB_N; warm-up $WARMUP, window $DURATION, $CONC clients"
step "building"
go build -o "$work/tuopin" ./cmd/tuopin
go build -o "$work/loadgen" ./bench/loadgen
go build -o "$work/floorhttp" ./bench/floorhttp
go build -o "$work/report" ./bench/report
go build -o "$work/loadbench" ./bench/loadbench
go build -o "$work/analyticsbench" ./bench/analyticsbench
OLD_REF=${BENCH_ANALYTICS_OLD_REF-afb950e}
if [[ -n $OLD_REF ]]; then
	rm -rf "$work/old-src" && mkdir -p "$work/old-src"
	git archive "$OLD_REF" | tar -x -C "$work/old-src"
	(cd "$work/old-src" && go build -o "$work/tuopin-old" ./cmd/tuopin)
fi

command -v node >/dev/null || { echo "bench: node (20.x) is needed for the peer" >&2; exit 1; }
if [[ ! -d bench/peer/node_modules || bench/peer/package-lock.json -nt bench/peer/node_modules ]]; then
	step "npm ci (bench/peer)"
	(cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
	touch bench/peer/node_modules
fi
TIME=/usr/bin/time
if ! "$TIME" -v true >/dev/null 2>&1; then
	echo "bench: GNU time is needed for peak RSS (apt-get install time)" >&2
	exit 1
fi

step "starting the benchmark's Neo4j (port $NEO4J_PORT, heap $NEO4J_HEAP, page cache $NEO4J_PAGECACHE)"
# A Neo4j left running by an earlier run keeps its old memory settings: restart.
scripts/neo4j.sh stop >/dev/null 2>&1 || true
uri=$(scripts/neo4j.sh start | tail -n 1)
stop_neo4j() {
	if [[ ${BENCH_KEEP_NEO4J:-} == 1 ]]; then
		echo "bench: Neo4j left running at $uri (stop: NEO4J_PORT=$NEO4J_PORT NEO4J_HOME_DIR=$NEO4J_HOME_DIR NEO4J_RUN_DIR=$NEO4J_RUN_DIR scripts/neo4j.sh stop)" >&2
		return
	fi
	scripts/neo4j.sh stop >/dev/null 2>&1 || true
}
trap stop_neo4j EXIT

if [[ -z $reuse ]]; then
step "loader: bench/loadbench --articles $LB_N ${LB_FLAGS[*]} (wipes the benchmark database)"
"$work/loadbench" --neo4j-uri "$uri" --wipe --articles "$LB_N" "${LB_FLAGS[@]}" >"$tmp/loadbench.json"

step "loader: extraction vs gse Pos (go test -bench)"
go test ./loader -run XXX -bench 'BenchmarkExtract$|BenchmarkGsePos$' -benchtime "$BENCHTIME" -count 1 >"$tmp/gse.txt"

corpus=$work/synth-$N
if [[ ! -f $corpus/.complete ]]; then
	step "tuopin synth --articles $N"
	rm -rf "$corpus"
	"$work/tuopin" synth --articles "$N" --out "$corpus" >&2
	touch "$corpus/.complete"
fi

step "tuopin reset; tuopin load seeds + $N synthetic articles"
"$work/tuopin" reset --yes --neo4j-uri "$uri" >&2
# A file that fails to load is reported (and counted in the JSON), not fatal.
"$TIME" -v -o "$tmp/load.time" "$work/tuopin" load --json --quiet --analyze=false --neo4j-uri "$uri" examples/articles "$corpus" >"$tmp/load.json" ||
	echo "bench: tuopin load exited $? (see failed in $tmp/load.json)" >&2
step "tuopin analyze"
"$TIME" -v -o "$tmp/analyze.time" "$work/tuopin" analyze --json --quiet --neo4j-uri "$uri" >"$tmp/analyze.json"
else
	step "BENCH_REUSE: timing again on the data already loaded; loader figures from the earlier run"
fi

step "loadgen: answer check, db hits, timing"
"$work/loadgen" --neo4j-uri "$uri" --neo4j-pid-file "$NEO4J_RUN_DIR/neo4j.pid" --expect-articles $((N + 5)) \
	--tuopin "$work/tuopin" --peer-dir bench/peer --floor-http "$work/floorhttp" --log-dir "$work" \
	${BENCH_TUOPIN_ADDR:+--tuopin-addr "$BENCH_TUOPIN_ADDR"} ${BENCH_PEER_ADDR:+--peer-addr "$BENCH_PEER_ADDR"} \
	${BENCH_FLOOR_ADDR:+--floor-http-addr "$BENCH_FLOOR_ADDR"} \
	--concurrency "$CONC" --warmup "$WARMUP" --neo4j-warmup "$NEO4J_WARMUP" --duration "$DURATION" --out "$tmp/queries.json"

step "analyticsbench: analytics fields, first call and warm, server RSS"
"$work/analyticsbench" --neo4j-uri "$uri" --tuopin "$work/tuopin" ${OLD_REF:+--old "$work/tuopin-old"} \
	${BENCH_ANALYTICS_ADDR:+--addr "$BENCH_ANALYTICS_ADDR"} \
	--analyze-report "$tmp/analyze.json" --analyze-time "$tmp/analyze.time" \
	--out bench/results/analytics.json --md "$tmp/analytics.md"

step "report"
"$work/report" --mode "$mode" --articles "$N" ${reuse:+--reused} --commit "$(git rev-parse --short HEAD)" --started "$started" \
	--queries "$tmp/queries.json" --loadbench "$tmp/loadbench.json" --gse "$tmp/gse.txt" \
	--load-report "$tmp/load.json" --load-time "$tmp/load.time" \
	--out-json bench/results/latest.json --out-md bench/results/latest.md
step "done: bench/results/latest.md"
cat "$tmp/analytics.md" >>bench/results/latest.md
cat bench/results/latest.md
