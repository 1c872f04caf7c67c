#!/usr/bin/env bash
# make test: start the test Neo4j if TEST_NEO4J_URI is not set, then vet,
# check generated code and run every test with TEST_NEO4J_URI set. The test
# instance has its own port and data folder, so tests never touch the data
# of `make run` (nor NEO4J_URI).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ -z "${TEST_NEO4J_URI:-}" ]; then
  export NEO4J_PORT=${TEST_NEO4J_PORT:-7697}
  export NEO4J_HOME_DIR="$root/deploy/neo4j/test-data"
  export NEO4J_RUN_DIR="$root/deploy/neo4j/run-test"
  scripts/neo4j.sh start
  export TEST_NEO4J_URI="bolt://127.0.0.1:$NEO4J_PORT"
fi
echo "test: TEST_NEO4J_URI=$TEST_NEO4J_URI"

# The GraphQL-over-HTTP audit runs the npm package graphql-http.
if [ -f graph/testdata/audit/package.json ] && [ ! -d graph/testdata/audit/node_modules ]; then
  (cd graph/testdata/audit && npm ci --no-audit --no-fund --loglevel=error)
fi

go vet ./...
scripts/check-generate.sh
# The explorer (web/): its generated client and build current, its bundle
# within budget, Vitest; then go test runs its browser test (Chromium).
if command -v npm >/dev/null 2>&1; then
  scripts/check-web.sh
else
  echo "test: npm not found: the explorer's checks and browser test are skipped"
fi
go test -count=1 -timeout 30m ${GOTESTFLAGS:-} ./...
if [ -d web/artifacts/browser ]; then
  echo "test: the explorer's browser screenshots are in $root/web/artifacts/browser"
fi
# A short run of the request-path fuzz target (issue 14) beyond its committed
# corpus; FUZZTIME=0 skips it, FUZZTIME=10m for a long one. The default is a
# count of executions, not a duration: with a duration, Go 1.26's fuzzing
# coordinator can report a bare "context deadline exceeded" (no failing input)
# when the deadline falls while a starved worker is mid-call (go.dev/issue/75804,
# fixed in Go 1.27); a count has no deadline to race. 3000 runs take a few seconds
# here.
if [ "${FUZZTIME:-3000x}" != "0" ]; then
  go test -run '^$' -fuzz '^FuzzRequest$' -fuzztime "${FUZZTIME:-3000x}" -parallel 2 ./graph
fi
