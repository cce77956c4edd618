package kg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * Runs the embedded Neo4j engine as a stand-alone server that answers on Bolt, for the
 * project's local development and test database (see src/db/local-neo4j.ts, which starts it).
 *
 * <p>Arguments: {@code --home DIR} (data/ and logs/ go there), {@code --bolt-port N}
 * (default 7687), {@code --bolt-host H} (default 127.0.0.1), {@code --page-cache-mb N}
 * (default 512). The password of the {@code neo4j} user comes from the environment variable
 * {@code KG_NEO4J_LAUNCHER_PASSWORD}, not from the command line, so that it does not show in
 * {@code ps}. It runs until SIGTERM/SIGINT and then shuts the engine down cleanly.
 */
public final class Launcher {
    static final String PASSWORD_ENV = "KG_NEO4J_LAUNCHER_PASSWORD";

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args, System.getenv(PASSWORD_ENV));
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-launcher: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }

        log("starting Neo4j " + Version.getNeo4jVersion() + " in " + options.home()
                + ", Bolt on " + options.boltHost() + ":" + options.boltPort());
        DatabaseManagementService dbms;
        try {
            Files.createDirectories(options.home());
            dbms = build(options);
        } catch (Exception e) {
            // The usual causes: the port is taken, or another process holds the store lock.
            System.err.println("neo4j-launcher: Neo4j failed to start: " + describe(e));
            e.printStackTrace();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM (what `npm run db:stop` sends) runs shutdown hooks; shutting the engine down
        // there checkpoints the store so that the next start needs no recovery.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping (signal received)");
            try {
                dbms.shutdown();
                log("stopped cleanly");
            } finally {
                stopped.countDown();
            }
        }, "neo4j-launcher-shutdown"));

        try {
            PasswordSetup.apply(dbms, options.password());
        } catch (RuntimeException e) {
            System.err.println("neo4j-launcher: could not set the password of user neo4j: " + describe(e));
            e.printStackTrace();
            System.exit(1);
            return;
        }
        log("ready: bolt://" + options.boltHost() + ":" + options.boltPort());

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DatabaseManagementService build(Options options) {
        return new DatabaseManagementServiceBuilder(options.home())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.boltHost(), options.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(options.boltHost(), options.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Only Bolt: the project talks to Neo4j through neo4j-driver, never over HTTP.
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pageCacheMb()))
                // No usage reports: the machines this runs on reach no such service anyway.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits 5 s of quiet per Bolt connector before it stops (10 s in all);
                // a local database whose clients are gone need not wait, so db:stop is quick.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    static String describe(Throwable e) {
        StringBuilder message = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (message.length() > 0) {
                message.append(" <- ");
            }
            message.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return message.toString();
    }

    static void log(String message) {
        // The time tells how long each phase of a slow start took.
        System.out.println(Instant.now() + " neo4j-launcher: " + message);
        System.out.flush();
    }

    /** The parsed command line. */
    record Options(Path home, String boltHost, int boltPort, long pageCacheMb, String password) {
        static final String USAGE = "usage: java -cp 'lib/*:neo4j-launcher.jar' kg.neo4j.Launcher --home DIR "
                + "[--bolt-port 7687] [--bolt-host 127.0.0.1] [--page-cache-mb 512]   (password in $" + PASSWORD_ENV + ")";

        static Options parse(String[] args, String password) {
            Path home = null;
            String boltHost = "127.0.0.1";
            int boltPort = 7687;
            long pageCacheMb = 512;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + name);
                }
                String value = args[++i];
                switch (name) {
                    case "--home" -> home = Path.of(value).toAbsolutePath();
                    case "--bolt-host" -> boltHost = value;
                    case "--bolt-port" -> boltPort = parseNumber(name, value, 1, 65535);
                    case "--page-cache-mb" -> pageCacheMb = parseNumber(name, value, 8, 1 << 20);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (home == null) {
                throw new IllegalArgumentException("--home is required");
            }
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("the environment variable " + PASSWORD_ENV + " must hold the password for user neo4j");
            }
            return new Options(home, boltHost, boltPort, pageCacheMb, password);
        }

        private static int parseNumber(String name, String value, int min, int max) {
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
                }
                return number;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, got '" + value + "'");
            }
        }
    }
}
