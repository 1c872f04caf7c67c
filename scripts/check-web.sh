#!/usr/bin/env bash
# The explorer (web/): install from the lockfile when needed, then fail when
# the committed TypeScript client (web/src/generated, graphql-codegen from
# schema.graphqls) or the committed build (web/dist, which the binary
# embeds) is not what the sources give, and run the Vitest component tests.
# Needs node and npm; run by scripts/test.sh (make test).
set -euo pipefail
cd "$(dirname "$0")/../web"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent codegen >/dev/null
npm run --silent build >/dev/null
stale=$( (git diff --name-only -- src/generated dist; git ls-files --others --exclude-standard -- src/generated dist) | sort -u)
if [ -n "$stale" ]; then
  echo "check-web: these generated files are not current; run 'make web' and commit them:" >&2
  echo "$stale" >&2
  exit 1
fi
size=$(cat dist/assets/*.js | gzip -9 | wc -c)
echo "check-web: web/src/generated and web/dist are current; JavaScript $((size / 1024)) KiB gzip (budget 600 KiB, map data excluded)"
if [ "$size" -gt $((600 * 1024)) ]; then
  echo "check-web: the JavaScript bundle is over its 600 KiB gzip budget" >&2
  exit 1
fi
npx vitest run
