#!/usr/bin/env bash
# Fails when `go generate ./...` leaves a diff in tracked files (generated code must be committed and current).
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(git status --porcelain)
go generate ./...
after=$(git status --porcelain)
if [ "$before" != "$after" ] || ! git diff --quiet; then
  if ! git diff --quiet; then
    echo "check-generate: 'go generate ./...' changed these files; run it and commit the result:" >&2
    git diff --stat >&2
    exit 1
  fi
fi
echo "check-generate: generated code is current"
