#!/usr/bin/env bash
# make run: build tuopin, start a local Neo4j when NEO4J_URI is not set, load
# examples/articles and serve GraphQL. Ctrl-C stops what this script started.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

go build -o bin/tuopin ./cmd/tuopin

started_neo4j=0
cleanup() {
  if [ "$started_neo4j" = 1 ]; then
    echo "run: stopping the local Neo4j this script started"
    scripts/neo4j.sh stop || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${NEO4J_URI:-}" ]; then
  port=${NEO4J_PORT:-7687}
  if scripts/neo4j.sh status >/dev/null 2>&1; then
    echo "run: reusing the local Neo4j on port $port"
  else
    scripts/neo4j.sh start
    started_neo4j=1
  fi
  export NEO4J_URI="bolt://127.0.0.1:$port"
fi

# A graph kept from an older Tuopin is converted first (idempotent; nothing
# to do on a new or converted graph): load refuses an unconverted one.
bin/tuopin migrate
bin/tuopin load examples/articles
addr=${TUOPIN_ADDR:-127.0.0.1:8080}
echo "run: GraphiQL at http://$addr/  explorer at http://$addr/explore  (API at http://$addr/graphql; Ctrl-C stops)"
bin/tuopin serve --addr "$addr" &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; exit 130' INT TERM
wait $server
