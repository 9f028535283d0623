package dev.codedrill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/**
 * WCAG AA contrast, measured on the colours JavaFX resolves from the real stylesheets (the theme's and app.css) in
 * both themes: every coloured text the app shows — verdicts, difficulty and status marks, muted text, the diff's
 * expected and actual values — against the window's background and the panels' subtle one: at least 4.5:1.
 */
class ContrastTest {

    /** WCAG 2.1 AA for normal text (the verdict banner is large, the rest is not: one bar for all). */
    private static final double AA = 4.5;

    @AfterEach
    void light() throws Exception {
        FxToolkit.setupFixture(() -> Themes.apply("light"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"light", "dark"})
    void everyColouredTextReadsAtLeast4point5To1OnBothBackgrounds(String theme) throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<Map<String, Color>> resolved = new AtomicReference<>();
        FxToolkit.setupFixture(() -> {
            Themes.apply(theme);
            Map<String, Node> nodes = new LinkedHashMap<>();
            for (String classes : List.of("success", "danger", "warning", "text-muted", "verdict-banner accepted",
                    "verdict-banner rejected", "verdict-banner pending", "verdict-banner neutral", "section-title")) {
                Label label = new Label("x");
                label.getStyleClass().addAll(classes.split(" "));
                nodes.put("label " + classes, label);
            }
            for (String classes : List.of("mono plain", "mono diff-expected", "mono diff-actual", "mono diff-note")) {
                Text text = new Text("x");
                text.getStyleClass().addAll(classes.split(" "));
                nodes.put("text " + classes, text);
            }
            Region page = new Region();
            page.setStyle("-fx-background-color: -color-bg-default;");
            Region subtle = new Region();
            subtle.setStyle("-fx-background-color: -color-bg-subtle;");
            VBox root = new VBox();
            root.getStyleClass().add("codedrill");
            root.getChildren().addAll(nodes.values());
            root.getChildren().addAll(page, subtle);
            Scene scene = new Scene(root, 200, 600);
            scene.getStylesheets().add(ContrastTest.class.getResource("/dev/codedrill/ui/app.css").toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            root.applyCss();
            Map<String, Color> colours = new LinkedHashMap<>();
            nodes.forEach((name, node) -> colours.put(name, (Color) (node instanceof Label l ? l.getTextFill()
                    : ((Text) node).getFill())));
            colours.put("background", (Color) page.getBackground().getFills().get(0).getFill());
            colours.put("subtle background", (Color) subtle.getBackground().getFills().get(0).getFill());
            resolved.set(colours);
        });

        Map<String, Color> colours = resolved.get();
        List<String> failing = new ArrayList<>();
        for (String background : List.of("background", "subtle background")) {
            Color bg = colours.get(background);
            colours.forEach((name, fg) -> {
                if (!name.endsWith("background") && contrast(fg, bg) < AA) {
                    failing.add(theme + ": " + name + " " + fg + " on " + background + " " + bg + " = "
                            + String.format("%.2f", contrast(fg, bg)));
                }
            });
        }
        assertThat(failing).isEmpty();
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
