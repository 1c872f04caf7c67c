#!/usr/bin/env bash
# cpupair.sh: compare the CPU two tuopin builds spend preparing a bulk load,
# by running them at the same time on the same articles, N times.
#
#   bench/cpupair.sh N BASE_BIN NEW_BIN FILE...
#
# On a shared or noisy machine, runs one after another drift by tens of per
# cent; two runs side by side see the same machine, so the ratio within each
# pair is steady to about ±1.5 % (docs/SCALE-OUT.md, twenty-fifth round).
# Prints user+sys CPU of each build per pair, the ratio NEW/BASE of each pair,
# and the median of those ratios. Needs no Neo4j (`load --bulk-out`).
set -euo pipefail
if [ $# -lt 4 ]; then
  sed -n 2,12p "$0" >&2
  exit 2
fi
n=$1 base=$2 new=$3
shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/cpupair.XXXXXX")
trap 'rm -rf "$work"' EXIT
ratios=()
for i in $(seq "$n"); do
  rm -rf "$work/a" "$work/b"
  /usr/bin/time -f '%U %S' -o "$work/ta" "$base" load --quiet --analyze=false --bulk-out "$work/a" "$@" >/dev/null 2>"$work/ea" &
  pa=$!
  /usr/bin/time -f '%U %S' -o "$work/tb" "$new" load --quiet --analyze=false --bulk-out "$work/b" "$@" >/dev/null 2>"$work/eb" &
  pb=$!
  if ! wait "$pa" || ! wait "$pb"; then
    echo "cpupair: a run failed:" >&2
    cat "$work/ea" "$work/eb" >&2
    exit 1
  fi
  r=$(python3 - "$work/ta" "$work/tb" <<'P'
import sys
def cpu(f):
    u, s = open(f).read().split()[-2:]
    return float(u) + float(s)
a, b = cpu(sys.argv[1]), cpu(sys.argv[2])
print(f"{a:.2f} {b:.2f} {b / a:.4f}")
P
)

  read -r ca cb ratio <<<"$r"
  echo "pair $i: base ${ca} s, new ${cb} s, new/base ${ratio}"
  ratios+=("$ratio")
done
printf '%s\n' "${ratios[@]}" | python3 -c 'import statistics,sys; r=[float(x) for x in sys.stdin]; print(f"median new/base {statistics.median(r):.3f} over {len(r)} pairs (min {min(r):.3f}, max {max(r):.3f})")'
