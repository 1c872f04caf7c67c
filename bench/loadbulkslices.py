#!/usr/bin/env python3
"""Bulk preparation along the run (issue 12, eighth round): is the CPU per
article flat with the corpus size?

    bench/loadbulkslices.py DIR LABEL=BIN[,VAR=VALUE...] ...

Runs `BIN load --bulk-out OUT --analyze=false DIR` for each binary, one
after the other (ROUNDS times in alternation, default 1), with
GODEBUG=gctrace=1, and samples the process's CPU (user + system, /proc) and
RSS every 0.5 s against the load's progress lines (every 2 s). Prints, per
tenth of the inputs: CPU ms per article, articles/s, the collections run,
their CPU ms per article (gctrace), the live heap after marking (mean and
largest, MB) and the goal; then the merge of the spill (Bulk.Finish, after
the last input) and the whole run. last/first is the last tenth's CPU per
article against the first's (flat: <= 1.1).

Output goes under BENCH_BULK_OUT (default a temporary directory) and is
deleted after each run; the stderr of each run (progress and gctrace) is
kept there as LABEL-ROUND.log. The environment is passed on, with the
VAR=VALUE of a spec added for its runs (e.g. main=/tmp/tuopin-main,GOMEMLIMIT=450MiB).
BENCH_BULK_KEEP=DIR writes the import files into DIR and keeps them (one
binary, one round: bench/loadbulk1m.sh imports them); with several
binaries, BENCH_BULK_KEEP_LABEL=LABEL keeps only that one's (the others'
are deleted as usual).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

TICK = os.sysconf("SC_CLK_TCK")
PROG = re.compile(r"^load: (\d+)/(\d+) files")
GC = re.compile(r"^gc (\d+) @([\d.]+)s \d+%: [\d.+]+ ms clock, ([\d.+/]+) ms cpu, (\d+)->(\d+)->(\d+) MB, (\d+) MB goal")


def cpu_rss(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        with open(f"/proc/{pid}/status") as f:
            rss = next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
        return (int(fields[11]) + int(fields[12])) / TICK, rss / 1024
    except (OSError, StopIteration, IndexError):
        return None


def interp(xs, ys, x):
    """y at x, linearly between the samples (xs ascending)."""
    if not xs:
        return 0.0
    if x <= xs[0]:
        return ys[0]
    for i in range(1, len(xs)):
        if xs[i] >= x:
            x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
            return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return ys[-1]


def run(label, rnd, binary, extra, src, out):
    keep = os.environ.get("BENCH_BULK_KEEP")
    if os.environ.get("BENCH_BULK_KEEP_LABEL", label) != label:
        keep = None
    o = keep or os.path.join(out, f"{label}-out")
    if not keep:
        shutil.rmtree(o, ignore_errors=True)
    env = dict(os.environ, GODEBUG="gctrace=1", **extra)
    load0 = open("/proc/loadavg").read().split()[0]
    t0 = time.monotonic()
    p = subprocess.Popen([binary, "load", "--bulk-out", o, "--analyze=false", src],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    prog, gcs, samples, total_seen = [], [], [], [0]
    log = open(os.path.join(out, f"{label}-{rnd}.log"), "w")

    def reader():
        for line in p.stderr:
            t = time.monotonic() - t0
            log.write(f"{t:.3f} {line}")
            m = PROG.match(line)
            if m:
                prog.append((t, int(m.group(1))))
                total_seen[0] = int(m.group(2))
                continue
            m = GC.match(line)
            if m:
                cpu = sum(float(v) for v in re.split(r"[+/]", m.group(3)))
                gcs.append((float(m.group(2)), cpu, int(m.group(6)), int(m.group(7))))

    th = threading.Thread(target=reader)
    th.start()
    peak_rss = 0.0
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG)
        if pid:
            p.returncode = os.waitstatus_to_exitcode(status)
            break
        s = cpu_rss(p.pid)
        if s:
            samples.append((time.monotonic() - t0, s[0]))
            peak_rss = max(peak_rss, s[1])
        time.sleep(0.5)
    th.join()
    log.close()
    wall = time.monotonic() - t0
    cpu_total = ru.ru_utime + ru.ru_stime
    peak_rss = max(peak_rss, ru.ru_maxrss / 1024)
    load1 = open("/proc/loadavg").read().split()[0]
    if not keep:
        shutil.rmtree(o, ignore_errors=True)
    if p.returncode != 0 or not prog:
        print(f"{label} round {rnd}: exit {p.returncode}, see {log.name}")
        return None
    total = total_seen[0]
    ts = [t for t, _ in prog]
    ds = [d for _, d in prog]
    # The time each tenth of the inputs was done, from the progress lines.
    def when(n):
        return interp(ds, ts, n)
    st = [s[0] for s in samples]
    sc = [s[1] for s in samples]
    bounds = [when(k * total / 10) for k in range(11)]
    # The first tenth starts at the load's first input, before the first
    # progress line: extrapolate back to zero inputs at the first tenth's rate.
    t1, d1 = prog[0]
    rate = (total / 10 - d1) / max(bounds[1] - t1, 1e-9)
    bounds[0] = t1 - d1 / rate if rate > 0 else t1
    rows = []
    for k in range(10):
        a, b = bounds[k], bounds[k + 1]
        n = total / 10
        cpu = interp(st, sc, b) - interp(st, sc, a)
        g = [x for x in gcs if a <= x[0] < b]
        live = [x[2] for x in g]
        goal = [x[3] for x in g]
        rows.append((k + 1, cpu * 1000 / n, n / (b - a) if b > a else 0, len(g), sum(x[1] for x in g) / n,
                     sum(live) / len(live) if live else 0, max(live) if live else 0, max(goal) if goal else 0))
    end = bounds[10]
    fin = [x for x in gcs if x[0] >= end]
    fin_cpu = cpu_total - interp(st, sc, end)
    print(f"\n{label} round {rnd} ({binary}{' ' + ' '.join(f'{k}={v}' for k, v in extra.items()) if extra else ''}): {total} inputs, wall {wall:.1f} s, CPU {cpu_total:.1f} s = {cpu_total * 1000 / total:.2f} ms/article, "
          f"{total / wall:.0f} articles/s, peak RSS {peak_rss:.0f} MB, {len(gcs)} collections, load avg {load0} -> {load1}")
    print(f"{'tenth':>5} {'cpu_ms/a':>8} {'art/s':>6} {'gcs':>4} {'gc_ms/a':>7} {'live_MB':>7} {'max_MB':>6} {'goal_MB':>7}")
    for r in rows:
        print(f"{r[0]:>5} {r[1]:8.2f} {r[2]:6.0f} {r[3]:4d} {r[4]:7.3f} {r[5]:7.0f} {r[6]:6d} {r[7]:7d}")
    print(f"merge: {wall - end:.1f} s wall, {fin_cpu:.1f} s CPU, {len(fin)} collections")
    ratio = f"{rows[9][1] / rows[0][1]:.2f}" if rows[0][1] > 0 else "n/a (too few progress lines)"
    print(f"last/first CPU per article: {ratio}; extraction only: {interp(st, sc, end) * 1000 / total:.2f} ms/article")
    return rows


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    src = os.path.abspath(sys.argv[1])
    out = os.environ.get("BENCH_BULK_OUT") or tempfile.mkdtemp()
    os.makedirs(out, exist_ok=True)
    for rnd in range(1, int(os.environ.get("ROUNDS", "1")) + 1):
        for spec in sys.argv[2:]:
            label, rest = spec.split("=", 1)
            binary, *kvs = rest.split(",")
            run(label, rnd, binary, dict(kv.split("=", 1) for kv in kvs), src, out)
            sys.stdout.flush()


if __name__ == "__main__":
    main()
