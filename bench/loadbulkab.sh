#!/usr/bin/env bash
# Bulk preparation A/B (issue 12, seventh round): `tuopin load --bulk-out`
# (extraction, the spill, its merge and the import files; no Neo4j) of the
# same articles by several tuopin binaries, one after the other, ROUNDS
# times (default 1) in alternation, in one script, so they compare as
# ratios on a noisy machine.
#
#   bench/loadbulkab.sh DIR new=bin/tuopin main=/tmp/tuopin-main ...
#
# DIR: articles (e.g. `tuopin synth --articles 20000 --out DIR`). Output
# goes under BENCH_BULK_OUT (default a temporary directory) and is deleted
# after each run. Per run: wall s, CPU s (user + system, GNU time), cores
# used (CPU / wall), CPU ms per article, articles/s, peak RSS, the import
# files' bytes per article, the peak bytes on disk of the output directory
# (spill and files, sampled every 0.5 s) per article, and the load average
# before and after. BENCH_BULK_PPROF=LABEL adds --cpuprofile to that
# binary's runs (kept as $BENCH_BULK_OUT/LABEL-ROUND.pprof).
set -euo pipefail
[[ $# -ge 2 ]] || { sed -n 2,18p "$0"; exit 2; }
dir=$(cd "$1" && pwd)
shift
n=$(find "$dir" -type f | wc -l)
out=${BENCH_BULK_OUT:-$(mktemp -d)}
mkdir -p "$out"
printf '%-8s %5s %7s %7s %5s %8s %7s %6s %9s %9s %s\n' label round wall_s cpu_s cores cpu_ms/a art/s rss_MB files_B/a peak_B/a "load avg"
for round in $(seq "${ROUNDS:-1}"); do
	for spec in "$@"; do
		label=${spec%%=*} bin=${spec#*=}
		o=$out/$label-out
		rm -rf "$o"
		prof=()
		[[ ${BENCH_BULK_PPROF:-} == "$label" ]] && prof=(--cpuprofile "$out/$label-$round.pprof")
		before=$(cut -d' ' -f1 /proc/loadavg)
		peak=0
		( set +e; while :; do du -sb "$o" 2>/dev/null | cut -f1; sleep 0.5; done ) >"$out/du" &
		dupid=$!
		/usr/bin/time -f '%e %U %S %M' -o "$out/time" "$bin" load --bulk-out "$o" --quiet --analyze=false "${prof[@]}" "$dir" >"$out/$label.log"
		files=$(du -sb "$o" | cut -f1)
		kill "$dupid"; wait "$dupid" 2>/dev/null || true
		peak=$(sort -n "$out/du" | tail -n 1)
		[[ -z $peak || $peak -lt $files ]] && peak=$files
		after=$(cut -d' ' -f1 /proc/loadavg)
		read -r wall user sys rss <"$out/time"
		python3 - "$label" "$round" "$wall" "$user" "$sys" "$rss" "$files" "$peak" "$n" "$before" "$after" <<'PY'
import sys
l, r, wall, user, sys_, rss, files, peak, n, b, a = sys.argv[1:]
wall, cpu, n = float(wall), float(user) + float(sys_), int(n)
print(f"{l:<8} {r:>5} {wall:7.1f} {cpu:7.1f} {cpu / wall:5.2f} {cpu * 1000 / n:8.2f} {n / wall:7.0f} {int(rss) / 1024:6.0f} {int(files) / n:9.0f} {int(peak) / n:9.0f} {b} -> {a}")
PY
		rm -rf "$o"
	done
done
