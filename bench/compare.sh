#!/usr/bin/env bash
# Times this working tree against a base commit on the same data, in one run,
# so that a change's cost is a ratio of ratios rather than two noisy runs.
#
# usage: bench/compare.sh BASE_REF [ROUNDS]
#
# Starts the benchmark's Neo4j (as bench/run.sh: BENCH_NEO4J_PORT, default
# 7698), loads the seed articles and BENCH_ARTICLES (2000) synthetic ones,
# builds `tuopin` from BASE_REF (git archive) and from the working tree, then
# runs bench/loadgen ROUNDS times (default 2) for each, alternating, every
# query against the peer, the floor and the floor over HTTP
# (bench/floorhttp). Prints, per query, the median over rounds of Tuopin's
# throughput over the peer's, of its p50 over each floor's, of the server's
# CPU time per request (the steadiest figure on a shared machine) and of
# Tuopin's and Neo4j's together, for both builds, and their quotients
# (head / base: req/s below 1, p50 and CPU above 1 mean the working tree is
# slower).
# Results stay in bench/results/tmp/compare-*.json.
#
# Knobs: BENCH_ARTICLES, BENCH_WARMUP (3s), BENCH_DURATION (8s),
# BENCH_CONCURRENCY (4), BENCH_NEO4J_PORT, BENCH_TUOPIN_ADDR
# (127.0.0.1:8097), BENCH_PEER_ADDR (127.0.0.1:4100), BENCH_FLOOR_ADDR
# (127.0.0.1:8098), BENCH_QUERIES (all),
# BENCH_NEO4J_HOME_DIR and BENCH_NEO4J_RUN_DIR (bench/.neo4j/home and run:
# another instance of one's own beside a running benchmark).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
base=${1:?usage: bench/compare.sh BASE_REF [ROUNDS]}
rounds=${2:-2}
N=${BENCH_ARTICLES:-2000}
export NEO4J_PORT=${BENCH_NEO4J_PORT:-7698}
export NEO4J_HOME_DIR=${BENCH_NEO4J_HOME_DIR:-$root/bench/.neo4j/home} NEO4J_RUN_DIR=${BENCH_NEO4J_RUN_DIR:-$root/bench/.neo4j/run}
export NEO4J_HEAP=${NEO4J_HEAP:-768m} NEO4J_PAGECACHE=${NEO4J_PAGECACHE:-512m}
work=$root/bench/work tmp=$root/bench/results/tmp
mkdir -p "$work" "$tmp"
unset NEO4J_URI NEO4J_USER NEO4J_PASSWORD NEO4J_DATABASE
step() { echo "compare: $*" >&2; }

step "building $base and the working tree"
rm -rf "$work/base-src" && mkdir -p "$work/base-src"
git archive "$base" | tar -x -C "$work/base-src"
(cd "$work/base-src" && go build -o "$work/tuopin-base" ./cmd/tuopin)
go build -o "$work/tuopin-head" ./cmd/tuopin
go build -o "$work/loadgen" ./bench/loadgen
go build -o "$work/floorhttp" ./bench/floorhttp
if [[ ! -d bench/peer/node_modules ]]; then
	(cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
fi

scripts/neo4j.sh stop >/dev/null 2>&1 || true
uri=$(scripts/neo4j.sh start | tail -n 1)
trap 'scripts/neo4j.sh stop >/dev/null 2>&1 || true' EXIT
corpus=$work/synth-$N
if [[ ! -f $corpus/.complete ]]; then
	rm -rf "$corpus"
	"$work/tuopin-head" synth --articles "$N" --out "$corpus" >&2
	touch "$corpus/.complete"
fi
step "loading seeds + $N synthetic articles"
"$work/tuopin-head" reset --yes --neo4j-uri "$uri" >&2
"$work/tuopin-head" load --quiet --neo4j-uri "$uri" examples/articles "$corpus" >/dev/null

for r in $(seq 1 "$rounds"); do
	for b in base head; do
		step "round $r: $b"
		"$work/loadgen" --neo4j-uri "$uri" --neo4j-pid-file "$NEO4J_RUN_DIR/neo4j.pid" --tuopin "$work/tuopin-$b" \
			--tuopin-addr "${BENCH_TUOPIN_ADDR:-127.0.0.1:8097}" --peer-addr "${BENCH_PEER_ADDR:-127.0.0.1:4100}" \
			--peer-dir bench/peer --floor-http "$work/floorhttp" --floor-http-addr "${BENCH_FLOOR_ADDR:-127.0.0.1:8098}" \
			--log-dir "$work" --concurrency "${BENCH_CONCURRENCY:-4}" \
			--warmup "${BENCH_WARMUP:-3s}" --duration "${BENCH_DURATION:-8s}" \
			--neo4j-warmup "$([[ $r == 1 && $b == base ]] && echo 20s || echo 0s)" \
			${BENCH_QUERIES:+--queries "$BENCH_QUERIES"} --dbhits=false --out "$tmp/compare-$b-$r.json"
	done
done

python3 - "$tmp" "$rounds" <<'EOF'
import json, statistics, sys
tmp, rounds = sys.argv[1], int(sys.argv[2])
runs = {b: [json.load(open(f"{tmp}/compare-{b}-{r}.json")) for r in range(1, rounds + 1)] for b in ("base", "head")}
def med(b, name, f):
    vals = []
    for run in runs[b]:
        q = next(q for q in run["queries"] if q["name"] == name)
        vals.append(f(q))
    return statistics.median(vals)
rps = lambda q: q["tuopin"]["rps"] / q["neo4j_graphql"]["rps"]
p50 = lambda q: q["tuopin"]["p50_ms"] / q["cypher"]["p50_ms"]
p50h = lambda q: q["tuopin"]["p50_ms"] / q["cypher_http"]["p50_ms"]
srv = lambda q: q["tuopin"]["server_cpu_ms_per_req"]
cpu = lambda q: q["tuopin"]["server_cpu_ms_per_req"] + q["tuopin"]["neo4j_cpu_ms_per_req"]
cols = ["req/s vs peer", "p50 vs floor", "p50 vs floor over HTTP", "server CPU ms/req", "CPU ms/req (Tuopin + Neo4j)"]
print("| query | " + " | ".join(f"{c}, base | head | head/base" for c in cols) + " |")
print("|---|" + "---:|" * (3 * len(cols)))
for q in runs["base"][0]["queries"]:
    n = q["name"]
    row = [n]
    for f in (rps, p50, p50h, srv, cpu):
        a, b = med("base", n, f), med("head", n, f)
        row += [f"{a:.2f}", f"{b:.2f}", f"{b/a:.3f}"]
    print("| " + " | ".join(row) + " |")
EOF
