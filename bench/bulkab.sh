#!/usr/bin/env bash
# Bulk CSV stage A/B (issue 12, third round): neo4jstore.BenchmarkBulk (the
# import files of `tuopin load --bulk` from facts, no extraction, one
# WriteFacts goroutine per core) compiled from this tree and from another
# tree (default: main, exported into a temporary directory), run in
# alternation ROUNDS times (default 3) on the same facts; prints each run's
# wall ms per article and CPU s (GNU time, including reading the facts),
# then the medians and their ratio, and the same for Finish (the merge of
# the spill) alone. BULK_BENCH_SPLIT_AT=BYTES (passed on) makes Finish
# split shards above that size, as a million articles' are split above
# the default 24 MiB.
#
#   bench/bulkab.sh FACTS.jsonl [REV]      # FACTS from `tuopin extract --facts`
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[[ $# -ge 1 ]] || { sed -n 2,10p "$0"; exit 2; }
facts=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
rev=${2:-main}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
git archive "$rev" | tar -x -C "$tmp" --one-top-level=base
cp neo4jstore/bulk_bench_test.go "$tmp/base/neo4jstore/" # the same benchmark in both
(cd "$tmp/base" && go test -c -o "$tmp/base.test" ./neo4jstore)
go test -c -o "$tmp/new.test" ./neo4jstore
for round in $(seq "${ROUNDS:-3}"); do
	for bin in new base; do
		BULK_BENCH_FACTS=$facts /usr/bin/time -f '%U %S' -o "$tmp/time" "$tmp/$bin.test" -test.run '^$' -test.bench '^BenchmarkBulk$' -test.benchtime 1x >"$tmp/out"
		ms=$(awk '/ms\/article/ { for (i = 1; i < NF; i++) if ($(i+1) == "ms/article") print $i }' "$tmp/out")
		fin=$(awk '/finish-ms\/article/ { for (i = 1; i < NF; i++) if ($(i+1) == "finish-ms/article") print $i }' "$tmp/out")
		cpu=$(awk '{ print $1 + $2 }' "$tmp/time")
		echo "round $round $bin: $ms ms/article wall (Finish ${fin:-?}), $cpu s CPU, load average $(cut -d' ' -f1 /proc/loadavg)"
		echo "$bin $ms $cpu ${fin:-0}" >>"$tmp/all"
	done
done
python3 - "$tmp/all" "$rev" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = {b: (statistics.median(float(r[1]) for r in rows if r[0] == b), statistics.median(float(r[2]) for r in rows if r[0] == b)) for b in ("new", "base")}
print(f"median: this tree {med['new'][0]:.3f} ms/article ({med['new'][1]:.1f} s CPU), {sys.argv[2]} {med['base'][0]:.3f} ms/article ({med['base'][1]:.1f} s CPU); "
      f"wall ratio {med['new'][0] / med['base'][0]:.2f}x, CPU ratio {med['new'][1] / med['base'][1]:.2f}x")
fin = {b: statistics.median(float(r[3]) for r in rows if r[0] == b) for b in ("new", "base")}
if fin["base"] > 0:
    print(f"Finish alone: this tree {fin['new']:.3f} ms/article, {sys.argv[2]} {fin['base']:.3f}; ratio {fin['new'] / fin['base']:.2f}x")
PY
