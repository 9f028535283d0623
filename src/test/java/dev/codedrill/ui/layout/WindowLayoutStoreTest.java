package dev.codedrill.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowLayoutStoreTest {

    @TempDir
    Path dir;

    @Test
    void aLayoutIsReadBackAsItWasWritten() {
        WindowLayoutStore store = WindowLayoutStore.inDataDir(dir.resolve("data"));
        WindowLayout layout = WindowLayout.defaults().withBounds(40, 30, 1100, 700).withMaximized(true)
                .withDividers(0.3, 0.5, 0.6).withResults(ResultsPlacement.BESIDE).withLastProblem("two-sum");

        store.write(layout);

        assertThat(store.read()).isEqualTo(layout);
        assertThat(dir.resolve("data").resolve(WindowLayoutStore.FILE_NAME)).exists();
    }

    @Test
    void withNoFileTheDefaultsAreUsed() {
        assertThat(new WindowLayoutStore(dir.resolve("none.json")).read()).isEqualTo(WindowLayout.defaults());
    }

    @Test
    void aDamagedFileGivesTheDefaultsAndIsReplacedOnTheNextSave() throws Exception {
        Path file = Files.writeString(dir.resolve(WindowLayoutStore.FILE_NAME), "{\"width\": 1100, \"hei");
        WindowLayoutStore store = new WindowLayoutStore(file);

        assertThat(store.read()).isEqualTo(WindowLayout.defaults());

        store.write(WindowLayout.defaults().withLastProblem("a-plus-b"));
        assertThat(store.read().lastProblem()).isEqualTo("a-plus-b");
    }

    @Test
    void nonsenseValuesFallBackOneByOne() throws Exception {
        Path file = Files.writeString(dir.resolve(WindowLayoutStore.FILE_NAME), """
                {"x": 10, "y": 20, "width": 3, "height": "tall", "browserDivider": 7, "results": "ABOVE",
                 "lastProblem": 12}
                """);

        WindowLayout read = new WindowLayoutStore(file).read();

        assertThat(read.x()).isEqualTo(10);
        assertThat(read.y()).isEqualTo(20);
        assertThat(read.width()).isEqualTo(WindowLayout.DEFAULT_WIDTH);
        assertThat(read.height()).isEqualTo(WindowLayout.DEFAULT_HEIGHT);
        assertThat(read.browserDivider()).isEqualTo(0.95); // a pane dragged nearly shut is kept reachable
        assertThat(read.results()).isEqualTo(ResultsPlacement.BELOW);
        assertThat(read.lastProblem()).isNull();
    }
}
