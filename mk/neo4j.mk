# Development Neo4j (Neo4j Community embedded, Bolt on 127.0.0.1); see deploy/neo4j/README.md.
# Included by the top-level Makefile. NEO4J_PORT, NEO4J_HOME_DIR etc. pass through the environment.

NEO4J_SH := $(dir $(lastword $(MAKEFILE_LIST)))../scripts/neo4j.sh

.PHONY: neo4j-build neo4j-start neo4j-stop neo4j-status neo4j-restart

neo4j-build: ## compile the embedded Neo4j launcher (skipped when up to date)
	@$(NEO4J_SH) build

neo4j-start: ## start Neo4j in the background; returns once Bolt accepts connections
	@$(NEO4J_SH) start

neo4j-stop: ## stop Neo4j (SIGTERM, clean shutdown)
	@$(NEO4J_SH) stop

neo4j-status: ## is Neo4j running? prints its Bolt URI
	@$(NEO4J_SH) status

neo4j-restart: ## stop, then start
	@$(NEO4J_SH) restart
