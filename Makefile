# Tuopin: see README.md. The two commands that matter: `make run` and `make test`.
SHELL := /bin/bash
GO    ?= go
BIN   := bin/tuopin

include mk/neo4j.mk
include mk/bench.mk

.PHONY: run test build generate vet check-generate lint bench bench-quick clean web check-web web-boundaries

## run: build, start a local Neo4j unless NEO4J_URI is set, load examples/articles, serve GraphQL
run:
	@scripts/run.sh

## test: start the test Neo4j if needed, vet, check generated code, run every test
test:
	@scripts/test.sh

build:
	$(GO) build -o $(BIN) ./cmd/tuopin

generate:
	$(GO) generate ./...

vet:
	$(GO) vet ./...

## check-generate: fails when `go generate ./...` changes tracked files
check-generate:
	@scripts/check-generate.sh

## web: install the explorer's npm packages (lockfile), regenerate its TypeScript client, build web/dist (commit both)
web:
	cd web && npm ci --no-audit --no-fund && npm run codegen && npm run build

## check-web: fails when web/src/generated or web/dist is not current; bundle budget; Vitest
check-web:
	@scripts/check-web.sh

## web-boundaries: rebuild the map's county boundaries (web/public/boundaries) from their npm package, then make web
web-boundaries:
	cd web/boundaries && npm ci --no-audit --no-fund && npm run build

clean:
	rm -rf bin
