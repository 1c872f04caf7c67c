#!/usr/bin/env python3
"""Where Neo4j's Bolt workers spent their CPU during a load (issue 12).

    bench/loadjfr.py FILE.jfr [THREAD]

Reads the execution samples of a Java Flight Recording of Neo4j (made by
`jcmd PID JFR.start settings=profile filename=FILE.jfr`, as bench/loadab.sh
does with BENCH_AB_JFR=LABEL) with the JDK's `jfr print`, keeps the samples
of the threads whose name holds THREAD (default BoltWorker), and prints the
share of them under each part of a write transaction: the commit and what
it does (building the records, applying them to the store, index updates,
the transaction log), running the queries (MERGE, SET, index seeks), and
compiling them. A sample counts under every part whose frame is on its stack,
so the parts nest; "self" lists the methods most often at the top.
"""
import collections
import re
import subprocess
import sys

# (label, frame substring); a sample counts under a part when a frame of its
# stack contains the substring. Indented labels are within the one above.
PARTS = [
    ("commit", "KernelTransactionImplementation.commit"),
    ("  records from the transaction state", "RecordStorageEngine.createCommands"),
    ("    relationships", "TransactionToRecordStateVisitor.visitRelationshipModifications"),
    ("    property values encoded (arrays: dynamic records)", "PropertyCreator.encodePropertyValue"),
    ("  applied to the store", "RecordStorageEngine.apply"),
    ("    index updates gathered (old and new values decoded)", "OnlineIndexUpdates.feed"),
    ("    index updates applied", "IndexingService.applyUpdates"),
    ("      range indexes (GBPTree)", "NativeIndexUpdater.process"),
    ("      fulltext (Lucene)", "FulltextIndexAccessor"),
    ("  transaction log append", "InternalTransactionCommitProcess.appendToLog"),
    ("query execution", "ExecutionEngine.doExecute"),
    ("  MERGE", "MergePipe.internalCreateResults"),
    ("  SET", "SetPipe"),
    ("  index seeks", "NodeIndexSeekSlottedPipe"),
    ("  lookups by element id", "NodeByIdSeekPipe"),
    ("  relationship property reads", "relationshipGetProperty"),
    ("query planning and cache", "ExecutionEngine.getOrCompile"),
    ("lock waits (spinning)", "ForsetiClient.waitFor"),
    ("locks released at commit", "ForsetiClient.releaseAllLocks"),
]


def samples(path, want):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "128", path],
                         check=True, capture_output=True, text=True, errors="replace").stdout
    frames, thread = [], ""
    for line in out.splitlines():
        s = line.strip()
        if s.startswith("jdk.ExecutionSample"):
            if frames and want in thread:
                yield frames
            frames, thread = [], ""
        elif s.startswith("sampledThread"):
            thread = s
        else:
            m = re.match(r"([\w$.<>]+)\(", s)
            if m and "line:" in s:
                frames.append(m.group(1))
    if frames and want in thread:
        yield frames


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    want = sys.argv[2] if len(sys.argv) > 2 else "BoltWorker"
    n = 0
    parts = collections.Counter()
    top = collections.Counter()
    for frames in samples(sys.argv[1], want):
        n += 1
        top[frames[0]] += 1
        for label, sub in PARTS:
            if any(sub in f for f in frames):
                parts[label] += 1
    if n == 0:
        sys.exit(f"no samples of threads named *{want}* in {sys.argv[1]}")
    print(f"  {sys.argv[1]}: {n} samples of {want} threads; share of them under:")
    for label, _ in PARTS:
        print(f"    {100 * parts[label] / n:5.1f} %  {label}")
    print("    self: " + ", ".join(f"{k.rsplit('.', 2)[-2]}.{k.rsplit('.', 1)[-1]} {100 * v / n:.1f} %"
                                   for k, v in top.most_common(8)))


if __name__ == "__main__":
    main()
