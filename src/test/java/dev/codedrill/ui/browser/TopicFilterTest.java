package dev.codedrill.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.app.PracticeSession;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.ProblemLoader;
import dev.codedrill.problem.Tags;
import dev.codedrill.testing.PracticeParts;
import dev.codedrill.testing.TestEngine;
import dev.codedrill.ui.shell.AppServices;
import dev.codedrill.ui.shell.EngineReady;
import dev.codedrill.ui.shell.EngineStatusModel;
import dev.codedrill.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The browser's topic filter: the topics in the documented order with their counts, and picking one lists its problems. */
@ExtendWith(ApplicationExtension.class)
class TopicFilterTest {

    @TempDir
    Path data;

    private final PracticeParts parts = new PracticeParts();

    @AfterEach
    void close() throws Exception {
        parts.close();
    }

    @Test
    void theTopicsAreListedInTheirOrderWithCountsAndPickingOneListsExactlyItsProblems(FxRobot robot)
            throws Exception {
        ProblemLibrary problems = new ProblemLoader(LanguageSupports.byExtension()).readingTestsWhenFirstUsed()
                .load(List.of(Path.of("problems")));
        long graphs = problems.problems().stream().filter(p -> p.tags().contains("graphs")).count();
        parts.history(data);
        PracticeSession practice = parts.practice("topic-filter-test");
        EngineStatusModel status = new EngineStatusModel(progress -> new EngineReady("no engine needed", ""));
        AppServices services = new AppServices(status, practice, problems, Map.of("python", "Python 3"),
                TestEngine.offlineSettings(), data.resolve("config.json"), null);
        FxToolkit.setupStage(stage -> new MainWindow(services).show(stage));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> filter = robot.lookup("#filter-tag").queryAs(ComboBox.class);

        List<String> choices = filter.getItems();
        List<String> topicsShown = choices.stream().filter(Tags::isTopic).toList();
        assertThat(topicsShown).isEqualTo(Tags.topics().stream().filter(choices::contains).toList());
        assertThat(choices.indexOf("graphs")).isLessThan(choices.indexOf("strings"));

        robot.clickOn(filter);
        robot.clickOn("Graphs (" + graphs + ")");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(filter.getValue()).isEqualTo("graphs");
        @SuppressWarnings("unchecked")
        ListView<ProblemRow> list = robot.lookup("#problem-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize((int) graphs)
                .allSatisfy(row -> assertThat(row.problem().tags()).contains("graphs"));
    }
}
