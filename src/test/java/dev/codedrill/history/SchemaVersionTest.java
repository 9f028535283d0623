package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a history whose schema is already current skips Flyway (a second of a cold start); anything else still goes
 * through it.
 */
class SchemaVersionTest {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path dataDir;

    @Test
    void theCurrentSchemaVersionIsTheNewestMigrationsVersion() throws IOException, URISyntaxException {
        Path migrations = Path.of(HistoryDatabase.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(migrations)) {
            int newest = files.map(f -> MIGRATION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).max(Comparator.naturalOrder()).orElseThrow();
            assertThat(HistoryDatabase.SCHEMA_VERSION).isEqualTo(Integer.toString(newest));
        }
    }

    @Test
    void aHistoryWhoseLastMigrationFailedOrIsOlderIsNotCurrentAndOneFlywayMigratedIs() throws Exception {
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            store.drafts().save("two-sum", "python", "kept");
        }
        String url = "jdbc:h2:file:" + dataDir.resolve("history");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(HistoryDatabase.schemaIsCurrent(c)).isTrue();
            String newest = HistoryDatabase.SCHEMA_VERSION;
            c.createStatement().execute("UPDATE \"flyway_schema_history\" SET \"version\" = '0' WHERE \"version\" = '"
                    + newest + "'");
            assertThat(HistoryDatabase.schemaIsCurrent(c)).as("an older schema").isFalse();
            c.createStatement().execute("UPDATE \"flyway_schema_history\" SET \"version\" = '" + newest
                    + "', \"success\" = FALSE WHERE \"version\" = '0'");
            assertThat(HistoryDatabase.schemaIsCurrent(c)).as("a failed migration").isFalse();
            c.createStatement().execute("DROP TABLE \"flyway_schema_history\"");
            assertThat(HistoryDatabase.schemaIsCurrent(c)).as("no Flyway table at all").isFalse();
        }
    }

    @Test
    void aCurrentHistoryReopensWithItsDataAndAFailedMigrationIsStillReportedByFlyway() throws Exception {
        try (HistoryStore store = HistoryStore.open(dataDir)) {
            store.drafts().save("two-sum", "python", "kept");
        }
        try (HistoryStore again = HistoryStore.open(dataDir)) {
            assertThat(again.drafts().load("two-sum", "python")).hasValueSatisfying(
                    d -> assertThat(d.code()).isEqualTo("kept"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("history"), "sa", "")) {
            c.createStatement().execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HistoryStore.open(dataDir).close())
                .isInstanceOf(HistoryException.class).hasMessageContaining("Cannot bring the history");
    }
}
