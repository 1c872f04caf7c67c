#!/usr/bin/env bash
# Relationship lists through a popular node, before and after they were
# bounded (2026-12-06): runs each query ROUNDS times against two running
# servers and prints status, bytes and the median time.
#
# usage: bench/relbounds.sh BASE_URL HEAD_URL [ROUNDS]
#   e.g. bench/relbounds.sh http://127.0.0.1:8097/graphql http://127.0.0.1:8098/graphql 5
# Both servers read one Neo4j (e.g. the benchmark's, loaded by bench/compare.sh
# with seeds + 2,000 synthetic articles, where 光伏 has ~900 regions).
set -euo pipefail
base=$1 head=$2 rounds=${3:-5}
queries=(
  'all-regions|{ node(id: "Industry:光伏") { ... on Industry { regions { name } } } }'
  'regions-first-20|{ node(id: "Industry:光伏") { ... on Industry { regions(first: 20) { name } } } }'
  'three-levels|{ node(id: "Industry:光伏") { ... on Industry { regions { name industries { name regions { name } } } } } }'
  'three-levels-first-10|{ node(id: "Industry:光伏") { ... on Industry { regions(first: 10) { name industries(first: 10) { name regions(first: 10) { name } } } } } }'
)
printf '| query | server | status | bytes | median s | answer |\n|---|---|---|---:|---:|---|\n'
for entry in "${queries[@]}"; do
  name=${entry%%|*} q=${entry#*|}
  body=$(python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$q")
  for server in base head; do
    url=${!server}
    times=() bytes=0 status=0
    for _ in $(seq "$rounds"); do
      read -r status bytes t < <(curl -s -o /tmp/relbounds.json -w '%{http_code} %{size_download} %{time_total}\n' \
        --max-time 120 -H 'Content-Type: application/json' -d "$body" "$url" || echo "000 0 120")
      times+=("$t")
    done
    med=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    answer=$(python3 -c '
import json
try:
    d = json.load(open("/tmp/relbounds.json"))
except Exception:
    print("no JSON"); raise SystemExit
if d.get("errors"):
    print(d["errors"][0].get("extensions", {}).get("code", "error")); raise SystemExit
rs = d["data"]["node"]["regions"]
n = sum(len(r.get("industries", [])) for r in rs)
print(str(len(rs)) + " regions" + (", " + str(n) + " industries below" if n else ""))')
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$server" "$status" "$bytes" "$med" "$answer"
  done
done
