#!/usr/bin/env bash
# Times this working tree against a base commit on the same data, in one run,
# so that a change's cost is a ratio of ratios rather than two noisy runs.
#
# usage: bench/compare.sh BASE_REF[,REF...] [ROUNDS]
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
# slower). With several refs (comma-separated, oldest first) every build runs
# in every round, and a second table gives each one's server CPU per request
# over the one before it: the cost of each step, measured in one run.
# Results stay in bench/results/tmp/compare-*.json.
#
# Knobs: BENCH_ARTICLES, BENCH_WARMUP (3s), BENCH_DURATION (8s),
# BENCH_CONCURRENCY (4), BENCH_NEO4J_PORT, BENCH_TUOPIN_ADDR
# (127.0.0.1:8097), BENCH_PEER_ADDR (127.0.0.1:4100), BENCH_FLOOR_ADDR
# (127.0.0.1:8098), BENCH_QUERIES (all), BENCH_SERVERS (all four; e.g.
# "tuopin" alone when only its CPU per request matters),
# BENCH_NEO4J_HOME_DIR and BENCH_NEO4J_RUN_DIR (bench/.neo4j/home and run:
# another instance of one's own beside a running benchmark).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bases=${1:?usage: bench/compare.sh BASE_REF[,REF...] [ROUNDS]}
IFS=, read -r -a refs <<<"$bases"
rounds=${2:-2}
N=${BENCH_ARTICLES:-2000}
export NEO4J_PORT=${BENCH_NEO4J_PORT:-7698}
export NEO4J_HOME_DIR=${BENCH_NEO4J_HOME_DIR:-$root/bench/.neo4j/home} NEO4J_RUN_DIR=${BENCH_NEO4J_RUN_DIR:-$root/bench/.neo4j/run}
export NEO4J_HEAP=${NEO4J_HEAP:-768m} NEO4J_PAGECACHE=${NEO4J_PAGECACHE:-512m}
work=$root/bench/work tmp=$root/bench/results/tmp
mkdir -p "$work" "$tmp"
unset NEO4J_URI NEO4J_USER NEO4J_PASSWORD NEO4J_DATABASE
step() { echo "compare: $*" >&2; }

step "building ${refs[*]} and the working tree"
builds=()
for i in "${!refs[@]}"; do
	rm -rf "$work/base-src" && mkdir -p "$work/base-src"
	git archive "${refs[$i]}" | tar -x -C "$work/base-src"
	(cd "$work/base-src" && go build -o "$work/tuopin-base$i" ./cmd/tuopin)
	builds+=("base$i")
done
go build -o "$work/tuopin-head" ./cmd/tuopin
builds+=(head)
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
	for b in "${builds[@]}"; do
		step "round $r: $b"
		"$work/loadgen" --neo4j-uri "$uri" --neo4j-pid-file "$NEO4J_RUN_DIR/neo4j.pid" --tuopin "$work/tuopin-$b" \
			--tuopin-addr "${BENCH_TUOPIN_ADDR:-127.0.0.1:8097}" --peer-addr "${BENCH_PEER_ADDR:-127.0.0.1:4100}" \
			--peer-dir bench/peer --floor-http "$work/floorhttp" --floor-http-addr "${BENCH_FLOOR_ADDR:-127.0.0.1:8098}" \
			--log-dir "$work" --concurrency "${BENCH_CONCURRENCY:-4}" \
			--warmup "${BENCH_WARMUP:-3s}" --duration "${BENCH_DURATION:-8s}" \
			--neo4j-warmup "$([[ $r == 1 && $b == base0 ]] && echo 20s || echo 0s)" \
			${BENCH_QUERIES:+--queries "$BENCH_QUERIES"} ${BENCH_SERVERS:+--servers "$BENCH_SERVERS"} \
			--dbhits=false --out "$tmp/compare-$b-$r.json"
	done
done

python3 - "$tmp" "$rounds" "$bases" <<'EOF'
import json, statistics, sys
tmp, rounds, refs = sys.argv[1], int(sys.argv[2]), sys.argv[3].split(",")
builds = [f"base{i}" for i in range(len(refs))] + ["head"]
names = dict(zip(builds, refs + ["head"]))
runs = {b: [json.load(open(f"{tmp}/compare-{b}-{r}.json")) for r in range(1, rounds + 1)] for b in builds}
def med(b, name, f):
    vals = []
    for run in runs[b]:
        q = next(q for q in run["queries"] if q["name"] == name)
        try:
            vals.append(f(q))
        except (KeyError, TypeError, ZeroDivisionError):
            return None
    return statistics.median(vals)
rps = lambda q: q["tuopin"]["rps"] / q["neo4j_graphql"]["rps"]
p50 = lambda q: q["tuopin"]["p50_ms"] / q["cypher"]["p50_ms"]
p50h = lambda q: q["tuopin"]["p50_ms"] / q["cypher_http"]["p50_ms"]
srv = lambda q: q["tuopin"]["server_cpu_ms_per_req"]
cpu = lambda q: q["tuopin"]["server_cpu_ms_per_req"] + q["tuopin"]["neo4j_cpu_ms_per_req"]
fmt = lambda v, spec: "–" if v is None else format(v, spec)
cols = ["req/s vs peer", "p50 vs floor", "p50 vs floor over HTTP", "server CPU ms/req", "CPU ms/req (Tuopin + Neo4j)"]
queries = [q["name"] for q in runs["head"][0]["queries"]]
for base in builds[:-1]:
    print(f"\nbase = {names[base]}, head = the working tree\n")
    print("| query | " + " | ".join(f"{c}, base | head | head/base" for c in cols) + " |")
    print("|---|" + "---:|" * (3 * len(cols)))
    for n in queries:
        row = [n]
        for f in (rps, p50, p50h, srv, cpu):
            a, b = med(base, n, f), med("head", n, f)
            row += [fmt(a, ".2f"), fmt(b, ".2f"), "–" if a is None or b is None else f"{b/a:.3f}"]
        print("| " + " | ".join(row) + " |")
if len(builds) > 2:
    print("\nserver CPU per request, each build over the one before it\n")
    print("| query | " + " | ".join(f"{names[b]} / {names[a]}" for a, b in zip(builds, builds[1:])) + " |")
    print("|---|" + "---:|" * (len(builds) - 1))
    for n in queries:
        row = [n]
        for a, b in zip(builds, builds[1:]):
            x, y = med(a, n, srv), med(b, n, srv)
            row.append("–" if not x or y is None else f"{y/x:.3f}")
        print("| " + " | ".join(row) + " |")
EOF
