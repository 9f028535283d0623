package dev.codedrill.ui.browser;

import dev.codedrill.history.ProblemStatus;
import dev.codedrill.problem.Difficulty;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The left column: search, filters, counts and the problem list. Enter or a click opens a problem. */
public final class ProblemBrowser extends VBox {

    private final ProblemBrowserModel model;
    private final TextField search = new TextField();
    private final ListView<ProblemRow> list;

    public ProblemBrowser(ProblemBrowserModel model, Consumer<ProblemRow> open) {
        this.model = model;
        setId("problem-browser");
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("problem-browser"); // its least width grows with the font: app.css

        search.setId("problem-search");
        search.setPromptText("Search problems (Ctrl+P)");
        search.textProperty().bindBidirectional(model.searchProperty());

        ComboBox<Difficulty> difficulty = new ComboBox<>(FXCollections.observableArrayList(null, Difficulty.EASY,
                Difficulty.MEDIUM, Difficulty.HARD));
        difficulty.setId("filter-difficulty");
        difficulty.setConverter(named(d -> d == null ? "Difficulty" : ProblemBrowserModel.label(d)));
        difficulty.valueProperty().bindBidirectional(model.difficultyProperty());
        ComboBox<ProblemStatus> status = new ComboBox<>(FXCollections.observableArrayList(null, ProblemStatus.NEW,
                ProblemStatus.ATTEMPTED, ProblemStatus.SOLVED));
        status.setId("filter-status");
        status.setConverter(named(s -> s == null ? "Status" : switch (s) {
            case NEW -> "New";
            case ATTEMPTED -> "Attempted";
            case SOLVED -> "Solved";
        }));
        status.valueProperty().bindBidirectional(model.statusProperty());
        ComboBox<String> tag = new ComboBox<>(model.tagChoices());
        tag.setId("filter-tag");
        tag.setConverter(named(model::tagLabel));
        tag.setVisibleRowCount(18);
        tag.valueProperty().bindBidirectional(model.tagProperty());
        // as LeetCode's filters do, an unset filter shows its name ("Difficulty"), a set one its value ("Hard")
        difficulty.setTooltip(new javafx.scene.control.Tooltip("Show one difficulty, or any"));
        status.setTooltip(new javafx.scene.control.Tooltip("Show new, attempted or solved problems, or any"));
        for (ComboBox<?> box : new ComboBox<?>[] {difficulty, status, tag}) {
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
        }
        HBox filters = new HBox(4, difficulty, status);
        Label counts = new Label();
        counts.setId("problem-counts");
        counts.setWrapText(true);
        counts.getStyleClass().add("text-muted");
        counts.textProperty().bind(model.countsProperty());

        list = new ListView<>(model.visibleRows());
        list.setId("problem-list");
        list.setCellFactory(v -> new RowCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                }
                if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                    open.accept(list.getSelectionModel().getSelectedItem());
                }
                e.consume();
            }
        });
        getChildren().addAll(search, filters, tag, counts, list);
    }

    /** Puts the caret in the search field (Ctrl+P). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Marks the open problem in the list without opening it again. */
    public void select(String problemId) {
        model.visibleRows().stream().filter(r -> r.id().equals(problemId)).findFirst()
                .ifPresent(r -> list.getSelectionModel().select(r));
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /**
     * A row as wide as the list, never wider: the title gives way (ending in "…", whole in the tooltip) and the
     * difficulty keeps its full word, so the list needs no horizontal scrolling at any width.
     */
    private static final class RowCell extends ListCell<ProblemRow> {
        RowCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ProblemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            Label mark = new Label(row.isBroken() ? "⚠" : switch (row.status()) {
                case SOLVED -> "✓";
                case ATTEMPTED -> "•";
                case NEW -> " ";
            });
            mark.setMinWidth(16);
            String status = row.isBroken() ? "broken" : switch (row.status()) {
                case SOLVED -> "solved";
                case ATTEMPTED -> "attempted";
                case NEW -> "new";
            };
            mark.setAccessibleText(status);
            mark.getStyleClass().add(row.isBroken() ? "danger" : row.status() == ProblemStatus.SOLVED ? "success" : "warning");
            Label title = new Label(row.title());
            title.getStyleClass().add("problem-row-title");
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label level = new Label(row.isBroken() ? "broken" : ProblemBrowserModel.label(row.problem().difficulty()));
            level.setMinWidth(Region.USE_PREF_SIZE);
            level.getStyleClass().addAll("difficulty", row.isBroken() ? "danger"
                    : switch (row.problem().difficulty()) {
                        case EASY -> "success";
                        case MEDIUM -> "warning";
                        case HARD -> "danger";
                    });
            HBox box = new HBox(6, mark, title, level);
            box.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(box);
            setAccessibleText(row.title() + ", " + level.getText() + ", " + status);
            setTooltip(row.isBroken() ? new javafx.scene.control.Tooltip(row.broken().describe())
                    : new javafx.scene.control.Tooltip(row.title() + "\n" + row.problem().tags().stream()
                            .map(t -> dev.codedrill.problem.Tags.displayName(t).orElse(t))
                            .collect(java.util.stream.Collectors.joining(", "))));
        }
    }
}
