#!/usr/bin/env bash
# Fails when `go generate ./...` changes any file (generated code must be
# committed and current). Compares the working tree before and after, so it
# also works with unrelated uncommitted edits.
set -euo pipefail
cd "$(dirname "$0")/.."
snapshot() { git status --porcelain --untracked-files=all; git diff; }
before=$(snapshot | sha256sum)
go generate ./...
after=$(snapshot | sha256sum)
if [ "$before" != "$after" ]; then
  echo "check-generate: 'go generate ./...' changed files; run it and commit the result:" >&2
  git status --short >&2
  exit 1
fi
echo "check-generate: generated code is current"
