package dev.codedrill.ui.browser;

import dev.codedrill.history.ProblemStatus;
import dev.codedrill.history.Progress;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemLibrary;
import dev.codedrill.problem.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The problem list with its search and filters (difficulty, tag, status) and the counts shown above it. Broken
 * problem folders are listed too, so an instructor sees what failed to load and why. FX thread only.
 */
public final class ProblemBrowserModel {

    public static final String ALL_TAGS = "All tags";

    private ProblemLibrary library;
    private final ObservableList<String> tagChoices = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ProblemRow> visible = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    /** Notes by problem id, lower-cased for the search. */
    private final Map<String, String> notes = new java.util.HashMap<>();
    private final ObjectProperty<Difficulty> difficulty = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty(ALL_TAGS);
    private final ObjectProperty<ProblemStatus> status = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SolvedCounts> solved = new ReadOnlyObjectWrapper<>();
    private Progress progress = new Progress(java.util.Map.of());
    /** How many loaded problems carry each tag: counted when the library changes, asked at every render. */
    private java.util.Map<String, Long> tagCounts;

    public ProblemBrowserModel(ProblemLibrary library) {
        search.addListener((o, a, b) -> refilter());
        difficulty.addListener((o, a, b) -> refilter());
        tag.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        setLibrary(library);
    }

    /** Lists another library (after a pack was imported or removed, a problem made), keeping the filters. */
    public void setLibrary(ProblemLibrary newLibrary) {
        library = Objects.requireNonNull(newLibrary);
        tagCounts = library.problems().stream().flatMap(p -> p.tags().stream().distinct())
                .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.stream.Collectors.counting()));
        tagChoices.setAll(tags());
        if (!tagChoices.contains(tag.get())) {
            tag.set(ALL_TAGS);
        }
        rebuild();
    }

    /** The tag filter's choices ({@link #tags()}), kept up to date when the library changes. */
    public ObservableList<String> tagChoices() {
        return tagChoices;
    }

    /** Takes the learner's standing from the history (after a submission, on start). */
    public void setProgress(Progress newProgress) {
        if (Objects.requireNonNull(newProgress).equals(progress)) {
            return; // nothing changed: the list stays as it is
        }
        progress = newProgress;
        rebuild();
    }

    /** The solved counts of the problems loaded now, as the list's counts say them. */
    public ReadOnlyObjectProperty<SolvedCounts> solvedProperty() {
        return solved.getReadOnlyProperty();
    }

    public ObservableList<ProblemRow> visibleRows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** null = every difficulty. */
    public ObjectProperty<Difficulty> difficultyProperty() {
        return difficulty;
    }

    /** {@link #ALL_TAGS} = every tag. */
    public StringProperty tagProperty() {
        return tag;
    }

    /** null = every status. */
    public ObjectProperty<ProblemStatus> statusProperty() {
        return status;
    }

    /** "12 of 40 shown · solved 3/40 · Easy 2/14 · Medium 1/18 · Hard 0/8". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /**
     * The tag filter's choices: every tag, then the topics in the documented order ({@link Tags}), then the other tags
     * the loaded problems carry (tags of an extra pack outside the list come last, alphabetically).
     */
    public List<String> tags() {
        TreeSet<String> present = new TreeSet<>();
        library.problems().forEach(p -> present.addAll(p.tags()));
        List<String> list = new ArrayList<>();
        list.add(ALL_TAGS);
        Tags.all().stream().filter(present::contains).forEach(list::add);
        present.stream().filter(t -> !Tags.isKnown(t)).forEach(list::add);
        return list;
    }

    /** How the tag filter shows a choice: "Heap / priority queue (6)", with the number of problems it lists. */
    public String tagLabel(String tagId) {
        if (tagId == null || ALL_TAGS.equals(tagId)) {
            return ALL_TAGS + " (" + library.problems().size() + ")";
        }
        return Tags.displayName(tagId).orElse(tagId) + " (" + tagCounts.getOrDefault(tagId, 0L) + ")";
    }

    public ProblemStatus statusOf(String problemId) {
        return progress.status(problemId);
    }

    private void rebuild() {
        solved.set(SolvedCounts.of(library.problems(), progress));
        List<ProblemRow> all = new ArrayList<>();
        library.problems().stream()
                .sorted(java.util.Comparator.comparing(Problem::difficulty).thenComparing(Problem::title))
                .forEach(p -> all.add(ProblemRow.of(p, progress.status(p.id()))));
        library.broken().forEach(b -> all.add(ProblemRow.of(b)));
        rows.setAll(all);
        refilter();
    }

    private void refilter() {
        visible.setPredicate(this::matches);
        updateCounts();
    }

    /** The learner's notes by problem id, which the search matches too. FX thread. */
    public void setNotes(Map<String, String> byProblem) {
        notes.clear();
        byProblem.forEach(this::noteChanged);
        refilter();
    }

    /** One note saved (blank: removed). FX thread. */
    public void setNote(String problemId, String text) {
        noteChanged(problemId, text);
        refilter();
    }

    private void noteChanged(String problemId, String text) {
        if (text == null || text.isBlank()) {
            notes.remove(problemId);
        } else {
            notes.put(problemId, text.toLowerCase(Locale.ROOT));
        }
    }

    private boolean matches(ProblemRow row) {
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        if (row.isBroken()) {
            return difficulty.get() == null && ALL_TAGS.equals(tag.get()) && status.get() == null
                    && (query.isEmpty() || row.id().toLowerCase(Locale.ROOT).contains(query));
        }
        Problem p = row.problem();
        boolean text = query.isEmpty() || p.title().toLowerCase(Locale.ROOT).contains(query)
                || p.id().contains(query) || p.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(query)
                        || Tags.displayName(t).orElse("").toLowerCase(Locale.ROOT).contains(query))
                || notes.getOrDefault(p.id(), "").contains(query);
        return text && (difficulty.get() == null || p.difficulty() == difficulty.get())
                && (tag.get() == null || ALL_TAGS.equals(tag.get()) || p.tags().contains(tag.get()))
                && (status.get() == null || row.status() == status.get());
    }

    private void updateCounts() {
        SolvedCounts of = solved.get();
        StringBuilder text = new StringBuilder();
        text.append(visible.size()).append(" of ").append(rows.size()).append(" shown · solved ")
                .append(of.solved()).append('/').append(of.total());
        for (Difficulty d : Difficulty.values()) {
            text.append(" · ").append(label(d)).append(' ').append(of.solved(d)).append('/').append(of.total(d));
        }
        counts.set(text.toString());
    }

    public static String label(Difficulty d) {
        return d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
    }
}
