#!/usr/bin/env bash
# Loading A/B (issue 12): the same 20,000-article load by several tuopin
# binaries, one after the other, in one script, against one Neo4j, so their
# figures can be compared as ratios on a noisy machine.
#
#   bench/loadab.sh new=bin/tuopin main=/tmp/tuopin-main[:WRITERS[:BATCH]] ...
#
# WRITERS defaults to 2 and BATCH to 100 (tuopin load's defaults; both
# binaries get them explicitly, so an older binary with another default is
# compared at the same batch size).
# Starts the benchmark's Neo4j (BENCH_LOAD_NEO4J_PORT, default 7699; home
# BENCH_LOAD_NEO4J_HOME, default bench/.neo4j/load-home; heap 1536m, page
# cache 3g unless NEO4J_HEAP / NEO4J_PAGECACHE), warms it by loading
# BENCH_AB_WARM articles (default 1,000 of bench/work/synth-20000), then per
# binary: tuopin reset; tuopin load of BENCH_AB_DIR (default
# bench/work/synth-20000, made by `tuopin synth` if missing) under GNU time;
# the same load again (reload). It prints, per binary: articles/s, write
# share, tenths, retries, peak RSS, the CPU of tuopin and of Neo4j (from
# /proc: the whole process, which counts threads that exited during the
# load, and by live thread: Bolt workers, JIT compiler), the cores both
# kept busy (their CPU over the wall time), the bytes the load added
# to Neo4j's transaction log (bench/txlog.py), properties set, reload time
# and what the reload wrote, and the load average before and after.
# Later binaries run with a warmer JIT; put the one you expect to win first.
# BENCH_AB_PPROF=LABEL adds --cpuprofile $BENCH_AB_OUT/LABEL.pprof to that
# binary's load (tuopin built from this tree; the writers' samples carry
# stage=write). BENCH_AB_THREADS=1 prints Neo4j's CPU by thread group (Bolt
# workers, GC, JIT, checkpointer, log and others) per article.
# BENCH_AB_JAVA_LABEL="FLAGS" runs that binary's load on a Neo4j restarted
# (and warmed up again) with these extra JVM flags, e.g.
# BENCH_AB_JAVA_pgc=-XX:+UseParallelGC (the G1 flag scripts/neo4j.sh sets is
# then overridden: the last GC flag wins).
# BENCH_AB_PAGECACHE_LABEL=SIZE runs that binary's load on a Neo4j restarted
# (and warmed up again) with this page cache instead of NEO4J_PAGECACHE
# (e.g. smaller than the store, to see what page cache misses cost).
# BENCH_AB_JFR=LABEL records a Java Flight Recording (settings "profile") of
# Neo4j during that binary's load into $BENCH_AB_OUT/LABEL.jfr and prints
# where the Bolt workers' CPU went (bench/loadjfr.py: commit, query
# execution, index updates, ...).
# BENCH_AB_STMT="LABEL ..." adds --statement-times to those binaries' loads
# and prints each write statement's ms per batch by tenth of the load.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[[ $# -ge 1 ]] || { sed -n 2,39p "$0"; exit 2; }
export NEO4J_PORT=${BENCH_LOAD_NEO4J_PORT:-7699}
export NEO4J_HOME_DIR=${BENCH_LOAD_NEO4J_HOME:-$root/bench/.neo4j/load-home}
export NEO4J_RUN_DIR=${BENCH_LOAD_NEO4J_RUN:-$root/bench/.neo4j/load-run}
export NEO4J_HEAP=${NEO4J_HEAP:-1536m} NEO4J_PAGECACHE=${NEO4J_PAGECACHE:-3g}
dir=${BENCH_AB_DIR:-bench/work/synth-20000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; scripts/neo4j.sh stop >/dev/null 2>&1 || true' EXIT
first=${1#*=}; first=${first%%:*}
if [[ ! -d $dir ]]; then
	"$first" synth --articles "${dir##*-}" --out "$dir" >/dev/null
fi
dir=$(cd "$dir" && pwd)
pidfile=$NEO4J_RUN_DIR/neo4j.pid

# cpu prints the CPU seconds of each thread name of the Neo4j JVM, and of
# the whole process (PROCESS: its live threads and those that have exited,
# e.g. Bolt workers the pool let go, which the per-thread sums miss).
cpu() {
	local pid; pid=$(cat "$pidfile")
	awk '{ s = $0; sub(/^[^)]*\) /, "", s); split(s, f, " "); print "PROCESS\t" (f[12] + f[13] + f[14] + f[15]) / 100 }' /proc/"$pid"/stat
	for t in /proc/"$pid"/task/*; do
		awk '{ s = $0; sub(/^[^(]*\(/, "", s); name = s; sub(/\).*/, "", name); sub(/^[^)]*\) /, "", s);
			split(s, f, " "); gsub(/[0-9]+/, "N", name); print name "\t" (f[12] + f[13]) / 100 }' "$t/stat" 2>/dev/null || true
	done | awk -F'\t' '{ c[$1] += $2 } END { for (k in c) print k "\t" c[k] }'
}

warm=$tmp/warm
mkdir -p "$warm"
files=("$dir"/*)
for f in "${files[@]:0:${BENCH_AB_WARM:-1000}}"; do ln -s "$f" "$warm/"; done

# start_neo4j (re)starts Neo4j with the JVM flags $1 and the page cache $2
# and warms it up by loading the warm-up articles into an empty graph.
java_opts=unset
pagecache=$NEO4J_PAGECACHE
start_neo4j() {
	[[ $1 == "$java_opts" && $2 == "$pagecache" ]] && return 0
	java_opts=$1 pagecache=$2
	scripts/neo4j.sh stop >/dev/null 2>&1 || true
	uri=$(NEO4J_PAGECACHE=$pagecache NEO4J_JAVA_OPTS="${NEO4J_JAVA_OPTS:-} $java_opts" scripts/neo4j.sh start | tail -n 1)
	"$first" reset --yes --neo4j-uri "$uri" >/dev/null
	"$first" load --quiet --analyze=false --neo4j-uri "$uri" "$warm" >/dev/null
}

for spec in "$@"; do
	label=${spec%%=*} bin=${spec#*=} w=2 b=100
	IFS=: read -r bin w b <<<"$bin"
	w=${w:-2} b=${b:-100}
	jv=BENCH_AB_JAVA_$label pc=BENCH_AB_PAGECACHE_$label
	start_neo4j "${!jv:-}" "${!pc:-$NEO4J_PAGECACHE}"
	"$bin" reset --yes --neo4j-uri "$uri" >/dev/null
	cpu >"$tmp/cpu0"
	l0=$(cut -d' ' -f1 /proc/loadavg)
	python3 bench/txlog.py "$NEO4J_HOME_DIR/data/transactions/neo4j" >"$tmp/txlog" 2>"$tmp/txlog.ready" &
	txpid=$!
	until [[ -s $tmp/txlog.ready ]]; do sleep 0.1; done
	prof=()
	[[ ${BENCH_AB_PPROF:-} == "$label" ]] && prof=(--cpuprofile "${BENCH_AB_OUT:-/tmp}/$label.pprof")
	[[ " ${BENCH_AB_STMT:-} " == *" $label "* ]] && prof+=(--statement-times)
	jfr=""
	if [[ ${BENCH_AB_JFR:-} == "$label" ]]; then
		jfr=${BENCH_AB_OUT:-/tmp}/$label.jfr
		jcmd "$(cat "$pidfile")" JFR.start name=loadab settings=profile "filename=$jfr" >/dev/null
	fi
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$bin" load --json --quiet --analyze=false --writers "$w" --batch "$b" "${prof[@]}" --neo4j-uri "$uri" "$dir" >"$tmp/load.json"
	l1=$(cut -d' ' -f1 /proc/loadavg)
	cpu >"$tmp/cpu1"
	[[ -n $jfr ]] && jcmd "$(cat "$pidfile")" JFR.stop name=loadab >/dev/null
	kill -TERM "$txpid"
	wait "$txpid" || true
	/usr/bin/time -f '%e' -o "$tmp/retime" "$bin" load --json --quiet --analyze=false --neo4j-uri "$uri" "$dir" >"$tmp/reload.json"
	python3 - "$tmp" "$label" "$w" "$l0" "$l1" "${BENCH_AB_THREADS:-0}" "$b" <<'PY'
import json, sys, re
tmp, label, w, l0, l1, threads, b = sys.argv[1:]
def cpu(f):
    return {k: float(v) for k, v in (l.rstrip('\n').split('\t') for l in open(f) if '\t' in l)}
c0, c1 = cpu(tmp + '/cpu0'), cpu(tmp + '/cpu1')
d = {k: c1[k] - c0.get(k, 0) for k in c1}
proc = d.pop('PROCESS', 0)
neo = sum(d.values()); bolt = sum(v for k, v in d.items() if 'BoltWorke' in k); jit = sum(v for k, v in d.items() if 'Compiler' in k)
wall, ut, st, rss = (float(x) for x in open(tmp + '/time').read().split())
txlog = int(open(tmp + '/txlog').read() or 0)
r = json.load(open(tmp + '/load.json')); re_ = json.load(open(tmp + '/reload.json')); rw = re_['written']
n, s, sr = r['articles'], r['stages'], r['sliceRates']
share = s.get('writeWait', 0) / s['total']
print(f"{label}: {n} articles, writers {w}, batch {b}: wall {wall:.1f} s, {n / wall:.0f}/s, write share {share:.2f} (writer busy {s['write'] / s['total']:.2f}), "
      f"last/first tenth {sr[-1] / sr[0]:.2f}, tenths {[round(x) for x in sr]}, retries {r['retries']}, RSS {rss / 1024:.0f} MB, "
      f"tuopin CPU {ut + st:.0f} s = {1000 * (ut + st) / n:.2f} ms/article, Neo4j process CPU {proc:.0f} s = {1000 * proc / n:.2f} ms/article, both {1000 * (ut + st + proc) / n:.2f} ms/article on {(ut + st + proc) / wall:.2f} cores, its live threads {neo:.0f} s (Bolt workers {bolt:.0f} s = {1000 * bolt / n:.2f} ms/article, JIT {jit:.0f} s), "
      f"transaction log {txlog / 1e6:.0f} MB = {txlog / n / 1e3:.1f} KB/article, "
      f"properties set {r['written']['propertiesSet']}, reload {float(open(tmp + '/retime').read()):.1f} s "
      f"(wrote {rw['nodesCreated'] + rw['relationshipsCreated'] + rw['propertiesSet']}), load average {l0} -> {l1}")
st_ = r.get('statementTimes')
if st_:
    print(f"  {label} statement ms per batch, tenths 1, 2, 5, 10, last/second:")
    for i, nm in enumerate(st_['names']):
        t = [row[i] for row in st_['tenths']]
        print(f"    {nm:22s} {t[0]:7.1f} {t[1]:7.1f} {t[4]:7.1f} {t[9]:7.1f}  {t[9] / t[1] if t[1] else 0:.2f}")
if threads == '1':
    groups = {}
    for k, v in d.items():
        g = ('Bolt workers' if 'BoltWorke' in k else 'GC' if re.match(r'^(GC|GN |G1|VM Thread|ParGC|PSYoung|Conc)', k) else
             'JIT' if 'Compiler' in k else 'checkpoint' if 'heckpoint' in k else 'log/flush' if re.search(r'(?i)log|flush', k) else 'other')
        groups.setdefault(g, []).append((v, k))
    cpu_ms = lambda v: f"{1000 * v / n:.2f}"
    print(f"  {label} per article, ms of CPU: tuopin {cpu_ms(ut + st)} (user {cpu_ms(ut)}, sys {cpu_ms(st)}); Neo4j {cpu_ms(neo)}: " +
          ", ".join(f"{g} {cpu_ms(sum(v for v, _ in l))}" for g, l in sorted(groups.items(), key=lambda x: -sum(v for v, _ in x[1]))))
    top = sorted(((v, k) for k, v in d.items() if v > 0.5), reverse=True)[:12]
    print("  top Neo4j threads (s): " + ", ".join(f"{k} {v:.1f}" for v, k in top))
PY
	[[ -n $jfr ]] && python3 bench/loadjfr.py "$jfr"
done
