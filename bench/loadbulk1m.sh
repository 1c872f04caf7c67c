#!/usr/bin/env bash
# The bulk path at a million articles, end to end, in steps (issue 12,
# eighth round): what `tuopin load --bulk` does, run one step after the
# other so that the text, the import files and the store never need the
# disk at once.
#
#   bench/loadbulk1m.sh WORK [N]
#
# WORK (e.g. /work/big12) gets synth-N (N articles, default 1000000) and
# csv (the import files). Steps: `tuopin synth`; `tuopin load --bulk-out
# WORK/csv` under bench/loadbulkslices.py (CPU per article, collections and
# live heap per tenth; peak RSS); stop this worktree's Neo4j and delete the
# text; `scripts/neo4j.sh import` on the files; start Neo4j; `tuopin
# migrate` (opening the store creates the constraints and indexes, and
# waits for them); delete the import files. Every 5 s a sampler writes the
# load average, the bytes in use on WORK's file system and the size of the
# import files' directory to WORK/samples; a guard stops the running step
# when fewer than BENCH_DISK_MIN_GB (default 2) GB are left free. The
# Neo4j is NEO4J_PORT / NEO4J_HOME_DIR / NEO4J_RUN_DIR (default port 7722,
# deploy/neo4j/bench-data, deploy/neo4j/run-bench); the importer runs with
# NEO4J_IMPORT_HEAP=2g NEO4J_IMPORT_MEMORY=4g unless set. TUOPIN (default
# bin/tuopin, built first) is the binary measured. The store is left in
# place (16 GB at a million articles): delete NEO4J_HOME_DIR afterwards.
set -euo pipefail
[[ $# -ge 1 ]] || { sed -n 2,26p "$0"; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mkdir -p "$1" && cd "$1" && pwd)
n=${2:-1000000}
cd "$root"
export NEO4J_PORT=${NEO4J_PORT:-7722}
export NEO4J_HOME_DIR=${NEO4J_HOME_DIR:-$root/deploy/neo4j/bench-data}
export NEO4J_RUN_DIR=${NEO4J_RUN_DIR:-$root/deploy/neo4j/run-bench}
export NEO4J_IMPORT_HEAP=${NEO4J_IMPORT_HEAP:-2g} NEO4J_IMPORT_MEMORY=${NEO4J_IMPORT_MEMORY:-4g}
tuopin=${TUOPIN:-}
if [[ -z $tuopin ]]; then
	go build -o bin/tuopin ./cmd/tuopin
	tuopin=$root/bin/tuopin
fi
text=$work/synth-$n csv=$work/csv
min=$((${BENCH_DISK_MIN_GB:-2} * 1024 * 1024 * 1024))

# The sampler and the disk guard. The guard kills the process whose pid is
# in $work/step.pid (the step running), and leaves a note.
(
	while :; do
		used=$(df -B1 --output=used "$work" | tail -n 1 | tr -d ' ')
		avail=$(df -B1 --output=avail "$work" | tail -n 1 | tr -d ' ')
		files=$(du -sb "$csv" 2>/dev/null | cut -f1 || echo 0)
		echo "$(date +%s) $(cut -d' ' -f1 /proc/loadavg) $used $avail ${files:-0}"
		if [[ $avail -lt $min && -s $work/step.pid ]]; then
			echo "disk guard: $avail bytes free, stopping pid $(cat "$work/step.pid")" >"$work/GUARD"
			kill "$(cat "$work/step.pid")" 2>/dev/null || true
		fi
		sleep 5
	done
) >"$work/samples" &
sampler=$!
trap 'kill $sampler 2>/dev/null || true; rm -f "$work/step.pid"' EXIT

exec 3>&1 # the steps' times go here whatever a step's output is redirected to
now() { date +%s.%N; }
step() { # name command...: runs it, its pid in step.pid, and prints its wall time
	local name=$1 t0 rc=0
	shift
	t0=$(now)
	"$@" &
	echo $! >"$work/step.pid"
	wait $! || rc=$?
	: >"$work/step.pid"
	printf '%-10s %8.1f s (exit %d; %s to %s)\n' "$name" "$(echo "$(now) - $t0" | bc)" "$rc" "${t0%.*}" "$(date +%s)" | tee -a "$work/steps" >&3
	[[ -f $work/GUARD ]] && { cat "$work/GUARD"; exit 1; }
	return "$rc"
}

echo "df before: $(df -h --output=avail "$work" | tail -n 1)" | tee "$work/steps"
[[ -d $text ]] || step synth "$tuopin" synth --articles "$n" --out "$text"
rm -rf "$csv"
BENCH_BULK_KEEP=$csv step prepare bench/loadbulkslices.py "$text" "bulk=$tuopin" | tee "$work/prepare.txt"
scripts/neo4j.sh stop >/dev/null 2>&1 || true
step deltext rm -rf "$text"
# shellcheck disable=SC2046 # one argument per line
step import scripts/neo4j.sh import $(cat "$csv/import.args") >"$work/import.log" 2>&1
step start scripts/neo4j.sh start >/dev/null
# migrate's line (its own scan's time; the schema's is the step's less it)
# goes to the steps file too.
step migrate bash -o pipefail -c '"$0" migrate --neo4j-uri "$1" | tee -a "$2"' "$tuopin" "bolt://127.0.0.1:$NEO4J_PORT" "$work/steps"
echo "store: $(du -sh "$NEO4J_HOME_DIR" | cut -f1)" | tee -a "$work/steps"
rm -rf "$csv"
python3 - "$work/samples" <<'PY' | tee -a "$work/steps"
import sys
rows = [l.split() for l in open(sys.argv[1]) if len(l.split()) == 5]
used = [int(r[2]) for r in rows]
load = [float(r[1]) for r in rows]
files = [int(r[4]) for r in rows]
print(f"disk in use on the file system: {min(used) / 1e9:.1f}-{max(used) / 1e9:.1f} GB (peak {max(used) / 1e9:.1f}); "
      f"least free {min(int(r[3]) for r in rows) / 1e9:.1f} GB; import files' directory at most {max(files) / 1e9:.2f} GB")
print(f"load average (1 min) over the run: {min(load):.1f}-{max(load):.1f}, mean {sum(load) / len(load):.1f}")
PY
