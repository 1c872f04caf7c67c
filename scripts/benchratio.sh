#!/usr/bin/env bash
# Extraction speed against gse's own Pos on the same sentences, as a ratio
# measured within one run: the two benchmarks alternate ROUNDS times (so
# background load hits both alike) and the median of the per-round MB/s
# ratios is printed. Usage: scripts/benchratio.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
go test -c -o /tmp/loader.bench.test ./loader >/dev/null
ratios=()
for _ in $(seq "$rounds"); do
	ext=$(cd loader && /tmp/loader.bench.test -test.run XXX -test.bench 'Extract$' -test.benchtime 1s -test.cpu 1 | awk '/MB\/s/ {print $(NF-1)}')
	gse=$(cd loader && /tmp/loader.bench.test -test.run XXX -test.bench 'GsePos$' -test.benchtime 1s -test.cpu 1 | awk '/MB\/s/ {print $(NF-1)}')
	ratios+=("$(awk -v a="$ext" -v b="$gse" 'BEGIN {printf "%.3f", a/b}')")
	echo "extract ${ext} MB/s, gse Pos ${gse} MB/s, ratio ${ratios[-1]}"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print "median ratio (extraction / gse Pos):", a[int((NR+1)/2)]}'
