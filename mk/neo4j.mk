# Development Neo4j (Neo4j Community embedded, Bolt on 127.0.0.1); see deploy/neo4j/README.md.
# Included by the top-level Makefile. NEO4J_PORT, NEO4J_HOME_DIR, NEO4J_RUN_DIR etc.
# pass through the environment.

NEO4J_SH := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))../scripts/neo4j.sh)

.PHONY: neo4j-build neo4j-start neo4j-stop neo4j-status neo4j-restart

## neo4j-build: compile the embedded Neo4j launcher (skipped when up to date)
neo4j-build:
	@$(NEO4J_SH) build

## neo4j-start: start Neo4j in the background; returns once Bolt accepts connections
neo4j-start:
	@$(NEO4J_SH) start

## neo4j-stop: stop Neo4j (SIGTERM, clean shutdown; SIGKILL after 60 s)
neo4j-stop:
	@$(NEO4J_SH) stop

## neo4j-status: is Neo4j running? prints its Bolt URI (the script itself exits 3 when not)
neo4j-status:
	@$(NEO4J_SH) status || true

## neo4j-restart: stop, then start
neo4j-restart:
	@$(NEO4J_SH) restart
