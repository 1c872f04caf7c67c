package com.github.tuopin.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs Neo4j Community embedded with only a Bolt connector on a loopback address, for Tuopin's
 * development, tests and CI.
 *
 * <p>Once Bolt accepts connections it prints exactly one line to stdout,
 * {@code tuopin-neo4j ready bolt://HOST:PORT}, which scripts/neo4j.sh waits for. Everything else
 * (Neo4j's user log, errors) goes to stderr. On SIGTERM/SIGINT a shutdown hook stops the DBMS
 * cleanly, so the next start needs no recovery.
 *
 * <p>Options (flags win over environment variables):
 *
 * <pre>
 *   --home DIR        NEO4J_HOME_DIR    Neo4j home: data/, logs/ live below it (default deploy/neo4j/data)
 *   --port N          NEO4J_PORT        Bolt port; 0 picks a free one and reports it (default 7687)
 *   --host ADDR       NEO4J_HOST        Bolt listen address (default 127.0.0.1)
 *   --pagecache SIZE  NEO4J_PAGECACHE   page cache, e.g. 128m (default 128m)
 *   --tx-timeout DUR  NEO4J_TX_TIMEOUT  db.transaction.timeout, e.g. 5m; 0 disables (default 5m)
 * </pre>
 */
public final class Launcher {
    static final String READY_PREFIX = "tuopin-neo4j ready ";

    private Launcher() {}

    public static void main(String[] args) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("tuopin-neo4j: " + e.getMessage());
            System.err.println(
                    "usage: Launcher [--home DIR] [--port N] [--host ADDR] [--pagecache SIZE] [--tx-timeout DUR]");
            System.exit(2);
            return;
        }
        try {
            run(opts);
        } catch (Throwable t) {
            System.err.println("tuopin-neo4j: start failed: " + t);
            t.printStackTrace(System.err);
            // Halt rather than exit: a half-started DBMS may hold non-daemon threads, and the
            // shutdown hook below would block on a service that never came up.
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run(Options opts) throws Exception {
        long t0 = System.nanoTime();
        PrintStream err = System.err;

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(opts.home)
                // Neo4j's user log (start-up, warnings) to stderr; debug.log stays under HOME/logs.
                .setUserLogProvider(new Log4jLogProvider(err, Level.INFO))
                .setConfig(settings(opts));

        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("tuopin-neo4j: shutting down");
            try {
                dbms.shutdown();
                err.println("tuopin-neo4j: stopped");
            } catch (Throwable t) {
                err.println("tuopin-neo4j: shutdown failed: " + t);
            } finally {
                stopped.countDown();
            }
        }, "tuopin-neo4j-shutdown"));

        int port;
        try {
            port = awaitBolt(dbms, opts.host);
        } catch (Throwable t) {
            // Close the store cleanly before main() halts the JVM, so the next start
            // needs no recovery.
            try {
                dbms.shutdown();
            } catch (Throwable suppressed) {
                t.addSuppressed(suppressed);
            }
            throw t;
        }

        String uri = "bolt://" + opts.host + ":" + port;
        err.printf("tuopin-neo4j: started in %.1f s, home %s%n", (System.nanoTime() - t0) / 1e9, opts.home);
        // The one line on stdout that callers wait for.
        System.out.println(READY_PREFIX + uri);
        System.out.flush();

        stopped.await();
    }

    /**
     * Waits for the default database and the Bolt connector, warms Cypher up, and returns the
     * bound Bolt port (the real one when port 0 was asked for).
     */
    private static int awaitBolt(DatabaseManagementService dbms, String host) throws Exception {
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
            throw new IllegalStateException("database " + db.databaseName() + " did not become available");
        }

        HostnamePort bound = ((GraphDatabaseAPI) db)
                .getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bound == null) {
            throw new IllegalStateException("bolt connector did not register a local address");
        }
        int port = bound.getPort();
        awaitTcp(host, port, Duration.ofSeconds(60));

        // Load and warm Cypher's parser, planner and runtime now, so the first client
        // query does not pay for it (and a class-data-sharing dump includes them).
        db.executeTransactionally("MATCH (n:TuopinWarmUp) RETURN count(n) AS c");
        return port;
    }

    private static Map<org.neo4j.graphdb.config.Setting<?>, Object> settings(Options opts) {
        return Map.ofEntries(
                // Bolt only, on loopback; no HTTP(S).
                Map.entry(BoltConnector.enabled, true),
                Map.entry(BoltConnector.listen_address, new SocketAddress(opts.host, opts.port)),
                Map.entry(HttpConnector.enabled, false),
                Map.entry(HttpsConnector.enabled, false),
                // Single instance: no server-side routing listener (:7688).
                Map.entry(GraphDatabaseSettings.routing_enabled, false),
                // Dev/test server bound to loopback.
                Map.entry(GraphDatabaseSettings.auth_enabled, false),
                // No outbound network here, and no reason to phone home.
                Map.entry(GraphDatabaseSettings.udc_enabled, false),
                Map.entry(GraphDatabaseSettings.pagecache_memory, opts.pagecache),
                // Keep the disk footprint small: no 256 MiB preallocated log files, rotate at
                // 16 MiB, keep one rotated file beyond the current one.
                Map.entry(GraphDatabaseSettings.preallocate_logical_logs, false),
                Map.entry(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(16)),
                Map.entry(GraphDatabaseSettings.keep_logical_logs, "1 files"),
                // A runaway test query ends instead of hanging CI.
                Map.entry(GraphDatabaseSettings.transaction_timeout, opts.txTimeout),
                // Bolt's event loops are shut down last, after every database has been
                // checkpointed and closed; Netty's default 5 s quiet period per loop group
                // only made `stop` ~10 s slower. (Internal setting, pinned Neo4j version.)
                Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0));
    }

    /** Waits until a plain TCP connect to host:port succeeds. */
    private static void awaitTcp(String host, int port, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last;
        do {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 1000);
                return;
            } catch (IOException e) {
                last = e;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new IOException("bolt port " + host + ":" + port + " does not accept connections", last);
    }

    /** Command-line flags with environment-variable defaults. */
    static final class Options {
        Path home;
        String host;
        int port;
        long pagecache;
        Duration txTimeout;

        static Options parse(String[] args) {
            Options o = new Options();
            String home = env("NEO4J_HOME_DIR", "deploy/neo4j/data");
            String host = env("NEO4J_HOST", "127.0.0.1");
            String port = env("NEO4J_PORT", "7687");
            String pagecache = env("NEO4J_PAGECACHE", "128m");
            String txTimeout = env("NEO4J_TX_TIMEOUT", "5m");
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v;
                String name;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    name = a.substring(0, eq);
                    v = a.substring(eq + 1);
                } else {
                    name = a;
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("missing value for " + a);
                    }
                    v = args[++i];
                }
                switch (name) {
                    case "--home" -> home = v;
                    case "--host" -> host = v;
                    case "--port" -> port = v;
                    case "--pagecache" -> pagecache = v;
                    case "--tx-timeout" -> txTimeout = v;
                    default -> throw new IllegalArgumentException("unknown flag " + name);
                }
            }
            o.home = Path.of(home).toAbsolutePath().normalize();
            o.host = host;
            try {
                o.port = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port " + port);
            }
            if (o.port < 0 || o.port > 65535) {
                throw new IllegalArgumentException("bad port " + port);
            }
            try {
                o.pagecache = ByteUnit.parse(pagecache.trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad page cache size " + pagecache);
            }
            try {
                o.txTimeout = SettingValueParsers.DURATION.parse(txTimeout.trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("bad transaction timeout " + txTimeout);
            }
            return o;
        }

        private static String env(String name, String def) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? def : v;
        }
    }
}
