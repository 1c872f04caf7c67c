"""Reads every county's fact relationships with their evidence through
GraphQL (URL: the /graphql endpoint), page by page, and prints them as
canonical JSON (lists sorted), with counts on stderr; bench/loadsentences.sh
compares the output of several servers and graphs."""
import json, sys, time, urllib.request, urllib.error
url = sys.argv[1]
Q = '''query($after: String) { counties(first: 3, after: $after) { pageInfo { endCursor hasNextPage }
  nodes { code
    officials { official { id } title evidence { sentence start end article { id } } confidence }
    implementations { program { id } evidence { sentence start end article { id } } confidence }
    developments { industry { name } evidence { sentence start end article { id } } confidence }
    reports { statistic { id } evidence { sentence start end article { id } } confidence }
    assists { helped { code } mechanism evidence { sentence start end article { id } } confidence }
    organizations { organization { id } evidence { sentence start end article { id } } confidence }
  } } }'''
after, out = None, []
while True:
    req = urllib.request.Request(url, data=json.dumps({"query": Q, "variables": {"after": after}}).encode(), headers={"Content-Type": "application/json"})
    try:
        r = json.load(urllib.request.urlopen(req))
    except urllib.error.HTTPError as e:
        if e.code != 429:
            raise
        time.sleep(float(e.headers.get("Retry-After") or 1))
        continue
    if r.get("errors"):
        sys.exit(json.dumps(r["errors"])[:2000])
    c = r["data"]["counties"]
    out += c["nodes"]
    if not c["pageInfo"]["hasNextPage"]:
        break
    after = c["pageInfo"]["endCursor"]
def canon(v):
    if isinstance(v, list):
        return sorted((canon(x) for x in v), key=lambda x: json.dumps(x, ensure_ascii=False, sort_keys=True))
    if isinstance(v, dict):
        return {k: canon(x) for k, x in v.items()}
    return v
out = canon(out)
n = sum(len(e["evidence"]) for c in out for k, v in c.items() if isinstance(v, list) for e in v)
empty = sum(1 for c in out for k, v in c.items() if isinstance(v, list) for e in v for x in e["evidence"] if not x["sentence"])
json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True, indent=0)
print(f"counties {len(out)}, evidence items {n}, without sentence {empty}", file=sys.stderr)
