package dev.codedrill.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableHistoryTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = MutableClock.at("2026-03-10T09:08:07Z");

    @Test
    void aFileOfGarbageIsMovedAsideWithATimestampAndAFreshHistoryIsMade() throws IOException {
        byte[] garbage = new byte[20_000];
        new Random(7).nextBytes(garbage);
        Path file = HistoryStore.databaseFile(dataDir);
        Files.createDirectories(dataDir);
        Files.write(file, garbage);

        try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
            Path movedTo = dataDir.toAbsolutePath().resolve("history.mv.db.unreadable-20260310T090807Z");
            assertThat(store.recovery()).hasValueSatisfying(r -> {
                assertThat(r.unreadableFile()).isEqualTo(file.toAbsolutePath());
                assertThat(r.movedTo()).isEqualTo(movedTo);
                assertThat(r.message()).contains(file.toAbsolutePath().toString(), movedTo.toString(),
                        "new, empty history");
            });
            assertThat(Files.readAllBytes(movedTo)).isEqualTo(garbage);

            long id = store.submissions().recordQueued(new NewSubmission("two-sum", "go", SubmissionKind.RUN, "x"));
            assertThat(store.submissions().find(id)).isPresent();
        }
        try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
            assertThat(store.recovery()).isEmpty();
            assertThat(store.submissions().all()).hasSize(1);
        }
    }

    @Test
    void aTextFileAndACopyCutShortAreMovedAsideAndNeitherOverwritesTheOther() throws IOException {
        try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
            store.drafts().save("two-sum", "python", "draft");
        }
        Path file = HistoryStore.databaseFile(dataDir);
        byte[] whole = Files.readAllBytes(file);
        // cut inside H2's second file header (4 KiB blocks); a cut further on H2 survives by rolling back
        Files.write(file, Arrays.copyOf(whole, 5000));
        try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
            assertThat(store.recovery()).isPresent();
            assertThat(store.drafts().load("two-sum", "python")).isEmpty();
        }

        Files.writeString(file, "this is not a database\n", StandardCharsets.UTF_8);
        try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
            assertThat(store.recovery()).hasValueSatisfying(r ->
                    assertThat(r.movedTo().getFileName().toString()).endsWith("-2"));
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.contains(".unreadable-")))
                    .containsExactlyInAnyOrder("history.mv.db.unreadable-20260310T090807Z",
                            "history.mv.db.unreadable-20260310T090807Z-2");
        }
    }

    @Test
    void anEmptyFileIsSimplyANewHistory() throws IOException {
        Files.createDirectories(dataDir);
        Files.write(HistoryStore.databaseFile(dataDir), new byte[0]);
        try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
            assertThat(store.recovery()).isEmpty();
            assertThat(store.submissions().all()).isEmpty();
        }
    }
}
