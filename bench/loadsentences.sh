#!/usr/bin/env bash
# Evidence sentences stored once per article (issue 12, tenth round): an
# end-to-end check that the API's evidence answers do not change. With two
# tuopin binaries, OLD (sentences inside the evidence strings) and NEW:
#
#   bench/loadsentences.sh OLD NEW BOLT_URI HTTP_PORT [CORPUS]
#
# loads CORPUS (default: 2,000 synthetic articles made by `NEW synth` in a
# temporary folder) with OLD into the Neo4j at BOLT_URI (it is reset
# first!), reads every county's officials, implementations, developments,
# reports, assists and organisations with their evidence through GraphQL
# (bench/loadsentences.py: served by OLD, then by NEW), checks that NEW's
# load refuses the old graph, migrates it twice with NEW, reads again, then
# resets and loads the corpus with NEW and reads once more. All four reads
# must be byte-identical; it prints the counts and exits 1 otherwise.
set -euo pipefail
[[ $# -ge 4 ]] || { sed -n 2,16p "$0"; exit 2; }
old=$1 new=$2 uri=$3 port=$4
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
pid=
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
corpus=${5:-}
if [[ -z $corpus ]]; then
	corpus=$tmp/corpus
	"$new" synth --articles 2000 --out "$corpus" >/dev/null
fi
read_api() { # binary, output
	"$1" serve --neo4j-uri "$uri" --addr "127.0.0.1:$port" --client-rate 0 >"$tmp/serve.log" 2>&1 &
	pid=$!
	for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
	python3 "$root/bench/loadsentences.py" "http://127.0.0.1:$port/graphql" >"$2"
	kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}
"$old" reset --yes --neo4j-uri "$uri" >/dev/null
"$old" load --quiet --analyze=false --neo4j-uri "$uri" "$corpus" >/dev/null
read_api "$old" "$tmp/old.json"
read_api "$new" "$tmp/old-new.json"
if "$new" load --quiet --analyze=false --neo4j-uri "$uri" "$corpus" >/dev/null 2>&1; then
	echo "FAIL: the new binary wrote into the old graph"; exit 1
fi
"$new" migrate --neo4j-uri "$uri"
"$new" migrate --neo4j-uri "$uri"
read_api "$new" "$tmp/migrated.json"
"$new" reset --yes --neo4j-uri "$uri" >/dev/null
"$new" load --quiet --analyze=false --neo4j-uri "$uri" "$corpus" >/dev/null
read_api "$new" "$tmp/fresh.json"
status=0
for f in old-new migrated fresh; do
	if cmp -s "$tmp/old.json" "$tmp/$f.json"; then echo "old graph served by OLD == $f"; else echo "FAIL: old graph served by OLD != $f"; status=1; fi
done
exit $status
