#!/usr/bin/env bash
# Constraints and indexes after a bulk import (issue 12, ninth round): the
# same import files imported again before each run, then each tuopin
# binary's opening of the store (which creates the schema and waits for
# it), one after the other, ROUNDS times (default 1) in alternation, in
# one script, so they compare as ratios on a noisy machine.
#
#   bench/loadschema.sh CSVDIR new=bin/tuopin main=/tmp/tuopin-main ...
#
# CSVDIR: import files with their import.args (`tuopin load --bulk-out`).
# Per run: `scripts/neo4j.sh stop`, `scripts/neo4j.sh import` of the
# files, `start`, then `BIN migrate`: its wall time less the scan migrate
# reports (which finds nothing to convert in a bulk-imported graph) is the
# schema's time. The Neo4j is NEO4J_PORT / NEO4J_HOME_DIR / NEO4J_RUN_DIR
# (default port 7722, deploy/neo4j/bench-data, deploy/neo4j/run-bench); its
# store is left in place.
set -euo pipefail
[[ $# -ge 2 ]] || { sed -n 2,17p "$0"; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
csv=$(cd "$1" && pwd)
shift
cd "$root"
export NEO4J_PORT=${NEO4J_PORT:-7722}
export NEO4J_HOME_DIR=${NEO4J_HOME_DIR:-$root/deploy/neo4j/bench-data}
export NEO4J_RUN_DIR=${NEO4J_RUN_DIR:-$root/deploy/neo4j/run-bench}
export NEO4J_IMPORT_HEAP=${NEO4J_IMPORT_HEAP:-2g} NEO4J_IMPORT_MEMORY=${NEO4J_IMPORT_MEMORY:-4g}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf '%-8s %5s %9s %9s %9s %9s %s\n' label round import_s open_s scan_s schema_s "load avg"
for round in $(seq "${ROUNDS:-1}"); do
	for spec in "$@"; do
		label=${spec%%=*} bin=${spec#*=}
		scripts/neo4j.sh stop >/dev/null 2>&1 || true
		t0=$(date +%s.%N)
		# shellcheck disable=SC2046 # one argument per line
		scripts/neo4j.sh import $(cat "$csv/import.args") >"$log" 2>&1 || { cat "$log"; exit 1; }
		t1=$(date +%s.%N)
		scripts/neo4j.sh start >/dev/null
		before=$(cut -d' ' -f1 /proc/loadavg)
		t2=$(date +%s.%N)
		out=$("$bin" migrate --neo4j-uri "bolt://127.0.0.1:$NEO4J_PORT")
		t3=$(date +%s.%N)
		after=$(cut -d' ' -f1 /proc/loadavg)
		# migrate: ... (1.234s) or (123ms): its own scan.
		scan=$(sed -n 's/.*(\([0-9.]*\)\(m\{0,1\}s\))$/\1 \2/p' <<<"$out" | awk '{print ($2 == "ms") ? $1 / 1000 : $1}')
		awk -v l="$label" -v r="$round" -v i="$(echo "$t1 - $t0" | bc)" -v o="$(echo "$t3 - $t2" | bc)" -v s="${scan:-0}" -v la="$before -> $after" \
			'BEGIN { printf "%-8s %5d %9.1f %9.1f %9.1f %9.1f %s\n", l, r, i, o, s, o - s, la }'
	done
done
scripts/neo4j.sh stop >/dev/null 2>&1 || true
