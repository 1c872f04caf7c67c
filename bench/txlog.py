#!/usr/bin/env python3
"""Bytes Neo4j appends to its transaction log while this runs.

    bench/txlog.py TXLOG_DIR > bytes &  ...  kill -TERM $!; wait

Samples the sizes of TXLOG_DIR/neostore.transaction.db.N every 100 ms until
SIGTERM or SIGINT, then prints how many bytes were added: for each log file,
its largest size seen less its size at the start. Sampling, rather than two
readings of the directory, counts a file rotated and pruned in between (the
embedded Neo4j rotates at 16 MiB and keeps one file)."""
import os
import re
import signal
import sys
import time

d = sys.argv[1]
seen = {}


def sample():
    try:
        names = os.listdir(d)
    except OSError:
        return
    for n in names:
        m = re.fullmatch(r"neostore\.transaction\.db\.(\d+)", n)
        if not m:
            continue
        try:
            s = os.path.getsize(os.path.join(d, n))
        except OSError:
            continue
        v = int(m.group(1))
        seen[v] = max(seen.get(v, 0), s)


sample()
start = dict(seen)
stop = False


def done(*_):
    global stop
    stop = True


signal.signal(signal.SIGTERM, done)
signal.signal(signal.SIGINT, done)
print("ready", file=sys.stderr, flush=True)
while not stop:
    time.sleep(0.1)
    sample()
sample()
print(sum(s - start.get(v, 0) for v, s in seen.items()))
