// The benchmark's peer: the Neo4j GraphQL Library (@neo4j/graphql 7.x)
// served by Apollo Server over the same Neo4j as Tuopin, with the type
// definitions in typeDefs.graphql. Configured by the environment:
//
//   NEO4J_URI   Bolt URI (bolt://127.0.0.1:7698)
//   PEER_ADDR   listen address (127.0.0.1:4100)
//
// Prints "peer ready http://HOST:PORT/graphql" on stdout once it serves.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI || "bolt://127.0.0.1:7698";
const [host, port] = (process.env.PEER_ADDR || "127.0.0.1:4100").split(":");
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");

const driver = neo4j.driver(uri, neo4j.auth.basic("", ""), { maxConnectionPoolSize: 64 });
await driver.verifyConnectivity();

const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();

const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { host, port: Number(port) },
});
console.log(`peer ready ${url}graphql`);

async function stop() {
  await server.stop();
  await driver.close();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
