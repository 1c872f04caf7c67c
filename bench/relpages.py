#!/usr/bin/env python3
"""Pages through every relationship of one type with Query.relationships and
reports the pages, the distinct relationships read, totalCount, and the median
page time overall, in the first tenth and in the last tenth of the pages (a
page should cost the same wherever it is in the type).

usage: bench/relpages.py TYPE FIRST   (a server at http://127.0.0.1:8098/graphql,
       started with --client-rate 0; e.g. on the benchmark's graph of bench/compare.sh)
"""
import json, sys, time, urllib.request
url = "http://127.0.0.1:8098/graphql"
def q(query, variables):
    req = urllib.request.Request(url, data=json.dumps({"query": query, "variables": variables}).encode(), headers={"Content-Type": "application/json"})
    t = time.perf_counter()
    d = json.load(urllib.request.urlopen(req))
    return d, time.perf_counter() - t
typ, first = sys.argv[1], int(sys.argv[2])
Q = "query($t: RelationshipType!, $f: Int, $a: String) { relationships(type: $t, first: $f, after: $a) { pageInfo { hasNextPage endCursor } nodes { source target } } }"
after, pages, times, seen = None, 0, [], set()
while True:
    d, dt = q(Q, {"t": typ, "f": first, "a": after})
    if "errors" in d: print(d["errors"]); break
    r = d["data"]["relationships"]
    for n in r["nodes"]:
        seen.add((n["source"], n["target"]))
    times.append(dt); pages += 1
    if not r["pageInfo"]["hasNextPage"]: break
    after = r["pageInfo"]["endCursor"]
c, _ = q("query($t: RelationshipType!) { relationships(type: $t) { totalCount } }", {"t": typ})
n = len(times); tenth = max(1, n // 10)
med = lambda xs: sorted(xs)[len(xs)//2]
print(f"{typ}: {pages} pages of {first}, {len(seen)} distinct, totalCount {c['data']['relationships']['totalCount']}; median page {med(times)*1000:.1f} ms; first tenth {med(times[:tenth])*1000:.1f} ms, last tenth {med(times[-tenth:])*1000:.1f} ms")
