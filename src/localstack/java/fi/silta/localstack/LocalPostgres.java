package fi.silta.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL server from the embedded binaries published on Maven Central. */
final class LocalPostgres implements AutoCloseable, ServiceControl {

    /** Owns the schema and runs the migrations, as a deployment's migration role does. */
    static final String OWNER = "silta_owner";
    static final String OWNER_PASSWORD = "silta_owner";
    /** What the application connects as: reads and writes rows, cannot alter tables or rewrite the audit trails. */
    static final String USER = "silta_app";
    static final String PASSWORD = "silta_app";
    static final String DATABASE = "silta";
    private static final Logger LOG = Logger.getLogger(LocalPostgres.class);

    private final Path dataDir;
    private final LocalStackSettings settings;
    private EmbeddedPostgres postgres;
    /** Chosen at the first start and kept, so that a restart serves the same address. */
    private int port;

    LocalPostgres(Path dataDir, LocalStackSettings settings) {
        this.dataDir = dataDir;
        this.settings = settings;
    }

    String startServer() {
        try {
            Files.createDirectories(dataDir);
            stopLeftover();
            if (port == 0) {
                port = freePort();
            }
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", settings.persistent() ? "on" : "off")
                    .setServerConfig("synchronous_commit", settings.persistent() ? "on" : "off")
                    .setServerConfig("shared_buffers", settings.production() ? "512MB" : "128MB")
                    // The server's own log (passed on to the application's) names a refused row's values in its
                    // DETAIL line; terse leaves it out, so a refused referral's unit or text never reaches a log.
                    .setServerConfig("log_error_verbosity", "terse")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            createDatabase();
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the local PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * The two roles a deployment has (docker/postgres/roles.sql does the same there), and the database owned by
     * the migration role. A data folder from before the roles were split has tables owned by the superuser: they
     * are handed to the migration role, so its migrations can grant the application role its rights.
     */
    private void createDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            createRole(sql, OWNER, OWNER_PASSWORD);
            createRole(sql, USER, PASSWORD);
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, DATABASE);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER
                                + " ENCODING 'UTF8' TEMPLATE template0");
                    }
                }
            }
            sql.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            if ("bench".equals(settings.profile())) {
                // The benchmark's PostgreSQL full-text comparison measures distance with earthdistance, which only a
                // superuser may install; Silta itself needs neither.
                sql.execute("CREATE EXTENSION IF NOT EXISTS cube");
                sql.execute("CREATE EXTENSION IF NOT EXISTS earthdistance");
            }
            sql.execute("""
                    DO $$
                    DECLARE item record;
                    BEGIN
                        -- Tables first: a sequence that belongs to a column follows its table.
                        FOR item IN SELECT c.relname, c.relkind FROM pg_class c
                                JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'p')
                                AND pg_get_userbyid(c.relowner) <> 'silta_owner' LOOP
                            IF item.relkind = 'v' THEN
                                EXECUTE format('ALTER VIEW %I OWNER TO silta_owner', item.relname);
                            ELSE
                                EXECUTE format('ALTER TABLE %I OWNER TO silta_owner', item.relname);
                            END IF;
                        END LOOP;
                        FOR item IN SELECT c.relname FROM pg_class c
                                JOIN pg_namespace n ON n.oid = c.relnamespace
                                WHERE n.nspname = 'public' AND c.relkind = 'S'
                                AND pg_get_userbyid(c.relowner) <> 'silta_owner'
                                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid
                                        AND d.deptype IN ('a', 'i')) LOOP
                            EXECUTE format('ALTER SEQUENCE %I OWNER TO silta_owner', item.relname);
                        END LOOP;
                        FOR item IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
                                JOIN pg_namespace n ON n.oid = p.pronamespace
                                WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'silta_owner' LOOP
                            EXECUTE format('ALTER FUNCTION %s OWNER TO silta_owner', item.signature);
                        END LOOP;
                    END $$""");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the database " + DATABASE + " to its owner", e);
        }
    }

    private static void createRole(Statement sql, String role, String password) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (rs.next()) {
                return;
            }
        }
        sql.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
    }

    /**
     * A JVM killed without its shutdown hooks leaves its postmaster running on the data folder; the
     * watchdog normally stops it, but if it could not, stop it here rather than fail to start.
     */
    private void stopLeftover() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<ProcessHandle> leftover = ProcessHandle.of(pid);
            if (leftover.isPresent() && leftover.get().info().command().orElse("").contains("postgres")) {
                LOG.infof("Stopping a PostgreSQL left running on %s by an earlier run (pid %d)", dataDir, pid);
                leftover.get().destroy();
                leftover.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            LOG.debugf("Could not inspect %s: %s", pidFile, e.getMessage());
        }
    }

    /** Shuts the server down (fast mode: open transactions are rolled back, connections closed). */
    @Override
    public synchronized void stop() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the local PostgreSQL", e);
        }
        postgres = null;
    }

    /** Starts the stopped server again on its data folder and port. */
    @Override
    public synchronized void start() {
        if (postgres == null) {
            startServer();
        }
    }

    @Override
    public void pause() {
        ServiceControl.signal(postmaster(), "STOP");
    }

    @Override
    public void resume() {
        ServiceControl.signal(postmaster(), "CONT");
    }

    private ProcessHandle postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
                    .get(0).trim());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL is not running", e);
        }
    }

    /** A shell command that stops this server, for the watchdog. */
    String stopCommand() {
        return postgres == null ? "" : "kill -INT $(head -n 1 '" + dataDir.resolve("postmaster.pid") + "') 2>/dev/null";
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    public String toString() {
        return "the local PostgreSQL";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
