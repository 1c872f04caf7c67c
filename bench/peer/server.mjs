// The benchmark's peer: the Neo4j GraphQL Library (@neo4j/graphql 7.x)
// served by Apollo Server over the same Neo4j as Tuopin, with the type
// definitions in typeDefs.graphql. Configured by the environment:
//
//   NEO4J_URI         Bolt URI (bolt://127.0.0.1:7698)
//   PEER_ADDR         listen address (127.0.0.1:4100)
//   PEER_CYPHER_LOG   when set, append every statement the library runs, with
//                     its parameters, to this file as JSON lines (the harness
//                     PROFILEs them to count db hits; off while timing)
//
// Prints "peer ready http://HOST:PORT/graphql" on stdout once it serves.
import { appendFileSync, readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI || "bolt://127.0.0.1:7698";
const [host, port] = (process.env.PEER_ADDR || "127.0.0.1:4100").split(":");
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");

const driver = neo4j.driver(uri, neo4j.auth.basic("", ""), { maxConnectionPoolSize: 64 });
await driver.verifyConnectivity();

const logPath = process.env.PEER_CYPHER_LOG;
const neoSchema = new Neo4jGraphQL({ typeDefs, driver: logPath ? loggingDriver(driver, logPath) : driver });
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

// loggingDriver wraps the driver so that every statement run in a
// transaction is appended to path first; integers keep their type.
function loggingDriver(d, path) {
  const replacer = (_, v) => (neo4j.isInt(v) ? { $int: v.toString() } : v);
  const pass = (target, prop) => {
    const v = target[prop];
    return typeof v === "function" ? v.bind(target) : v;
  };
  const wrapTx = (tx) =>
    new Proxy(tx, {
      get(t, prop) {
        if (prop !== "run") return pass(t, prop);
        return (cypher, params, ...rest) => {
          appendFileSync(path, JSON.stringify({ cypher, params: params || {} }, replacer) + "\n");
          return t.run(cypher, params, ...rest);
        };
      },
    });
  const wrapSession = (s) =>
    new Proxy(s, {
      get(t, prop) {
        if (prop === "executeRead" || prop === "executeWrite") {
          return (work, config) => t[prop]((tx) => work(wrapTx(tx)), config);
        }
        return pass(t, prop);
      },
    });
  return new Proxy(d, {
    get(t, prop) {
      if (prop === "session") return (...args) => wrapSession(t.session(...args));
      return pass(t, prop);
    },
  });
}
