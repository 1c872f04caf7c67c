#!/usr/bin/env bash
# Do two tuopin binaries write the same import files? `BIN load --bulk-out`
# of the same articles by each, then every file decompressed, its header
# kept first and its rows sorted (the order of rows within a file varies
# from run to run), compared byte for byte.
#
#   bench/bulksame.sh DIR new=bin/tuopin main=/tmp/tuopin-main
#
# DIR: articles (e.g. `tuopin synth --articles 20000 --out DIR`). Work
# under BENCH_BULK_OUT (default a temporary directory, deleted). Exit 0 and
# "identical" when every file matches; else the files that differ.
set -euo pipefail
[[ $# -eq 3 ]] || { sed -n 2,11p "$0"; exit 2; }
dir=$1 a=$2 b=$3
out=${BENCH_BULK_OUT:-$(mktemp -d)}
mkdir -p "$out"
[[ -n ${BENCH_BULK_OUT:-} ]] || trap 'rm -rf "$out"' EXIT
for spec in "$a" "$b"; do
	label=${spec%%=*} bin=${spec#*=}
	rm -rf "${out:?}/$label" "${out:?}/$label.sorted"
	"$bin" load --bulk-out "$out/$label" --quiet --analyze=false "$dir" >/dev/null
	mkdir -p "$out/$label.sorted"
	for f in "$out/$label"/*.csv.gz; do
		n=$(basename "$f" .gz)
		{ zcat "$f" | sed -n 1p; zcat "$f" | sed 1d | LC_ALL=C sort; } >"$out/$label.sorted/$n"
	done
done
la=${a%%=*} lb=${b%%=*}
if diff -rq "$out/$la.sorted" "$out/$lb.sorted"; then
	echo "identical: $(ls "$out/$la.sorted" | wc -l) files, $(cat "$out/$la.sorted"/* | wc -l) lines"
else
	exit 1
fi
