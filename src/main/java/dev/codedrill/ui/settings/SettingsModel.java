package dev.codedrill.ui.settings;

import dev.codedrill.config.DockerMode;
import dev.codedrill.config.Settings;
import dev.codedrill.config.Settings.DockerSettings;
import dev.codedrill.config.Settings.JudgeSettings;
import dev.codedrill.config.Settings.LanguageSettings;
import dev.codedrill.config.Settings.UiSettings;
import dev.codedrill.config.SettingsWriter;
import dev.codedrill.lang.Language;
import dev.codedrill.lang.LanguageRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * What the settings dialog edits: the values a user would change, as properties the view binds to, checked on every
 * change. {@link #save()} writes them to the config file through {@link SettingsWriter}.
 *
 * <p>Appearance applies at once: after a save, {@link #appliedProperty()} holds the saved settings, and the main
 * window applies their {@code ui} section ({@code Themes.apply}, the editor's font). Everything else is read when the
 * app starts (the engine, the pool, the submission queue, the problem library), so those changes are listed in
 * {@link #changesNeedingRestart()} until then.
 */
public final class SettingsModel {

    private final SettingsWriter writer;
    private final Settings running;
    private final LanguageRegistry runningLanguages;
    private final List<Language> languages;
    private Settings saved;
    private LanguageRegistry savedLanguages;

    private final ObjectProperty<DockerMode> mode = new SimpleObjectProperty<>(this, "mode");
    private final StringProperty host = new SimpleStringProperty(this, "host");
    private final StringProperty certDir = new SimpleStringProperty(this, "certDir");
    private final Map<String, IntegerProperty> poolSizes = new LinkedHashMap<>();
    private final IntegerProperty workers = new SimpleIntegerProperty(this, "workers");
    private final DoubleProperty timeFactor = new SimpleDoubleProperty(this, "timeFactor");
    private final IntegerProperty compileSeconds = new SimpleIntegerProperty(this, "compileSeconds");
    private final BooleanProperty allTests = new SimpleBooleanProperty(this, "allTests");
    private final StringProperty theme = new SimpleStringProperty(this, "theme");
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final ObservableList<Path> problemDirs = FXCollections.observableArrayList();
    // Text typed into a field that is not a value at all ("", "."), by field; the view reports them.
    private final ObservableMap<String, String> inputErrors = FXCollections.observableMap(new LinkedHashMap<>());

    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ObservableList<String> restartChanges = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper restartNeeded = new ReadOnlyBooleanWrapper(this, "restartNeeded");
    private final ReadOnlyObjectWrapper<Settings> applied = new ReadOnlyObjectWrapper<>(this, "applied");

    /**
     * @param running the settings the app started with, which the config file still holds
     * @param writer  where {@link #save()} writes: the config file the app read
     */
    public SettingsModel(Settings running, SettingsWriter writer) {
        this(running, running, writer);
    }

    /**
     * For a model made anew each time the dialog opens, after earlier saves.
     *
     * @param running the settings the app started with: what differs from them waits for a restart
     * @param saved   the settings last saved, which the dialog starts from
     * @param writer  where {@link #save()} writes: the config file the app read
     */
    public SettingsModel(Settings running, Settings saved, SettingsWriter writer) {
        this.running = Objects.requireNonNull(running, "running");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.runningLanguages = LanguageRegistry.load(running);
        this.languages = List.copyOf(runningLanguages.all());
        this.saved = Objects.requireNonNull(saved, "saved");
        this.savedLanguages = LanguageRegistry.load(saved);
        this.applied.set(saved);
        List<Observable> edits = new ArrayList<>(List.of(mode, host, certDir, workers, timeFactor, compileSeconds,
                allTests, theme, fontSize, presentation, problemDirs, inputErrors));
        for (Language language : languages) {
            IntegerProperty size = new SimpleIntegerProperty(this, "poolSize." + language.id());
            poolSizes.put(language.id(), size);
            edits.add(size);
        }
        reset();
        edits.forEach(edit -> edit.addListener(o -> check()));
    }

    // ---- what the view edits

    public ObjectProperty<DockerMode> modeProperty() {
        return mode;
    }

    /** The remote engine's address ({@code tcp://host:port}); blank means none. */
    public StringProperty hostProperty() {
        return host;
    }

    /** The folder with ca.pem, cert.pem and key.pem for the remote engine; blank means no TLS. */
    public StringProperty certDirProperty() {
        return certDir;
    }

    /** The languages that have a pool, in the registry's order. */
    public List<Language> languages() {
        return languages;
    }

    public IntegerProperty poolSizeProperty(String languageId) {
        IntegerProperty size = poolSizes.get(languageId);
        if (size == null) {
            throw new IllegalArgumentException("no language '" + languageId + "' (known: " + poolSizes.keySet() + ")");
        }
        return size;
    }

    public IntegerProperty workersProperty() {
        return workers;
    }

    public DoubleProperty timeFactorProperty() {
        return timeFactor;
    }

    public IntegerProperty compileSecondsProperty() {
        return compileSeconds;
    }

    /** Whether Submit runs every test rather than stopping at the first that is not accepted. */
    public BooleanProperty allTestsProperty() {
        return allTests;
    }

    /** {@code light} or {@code dark}. */
    public StringProperty themeProperty() {
        return theme;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** The extra problem folders; change them through {@link #addProblemDir} and {@link #removeProblemDir}. */
    public ObservableList<Path> problemDirs() {
        return FXCollections.unmodifiableObservableList(problemDirs);
    }

    // ---- what the view shows

    /** Why the values cannot be saved, for the user; empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** What is set differently from how the app is running and waits for the next start ("engine", …). */
    public ObservableList<String> changesNeedingRestart() {
        return FXCollections.unmodifiableObservableList(restartChanges);
    }

    public ReadOnlyBooleanProperty restartNeededProperty() {
        return restartNeeded.getReadOnlyProperty();
    }

    /** The settings last saved (at first, the ones the app started with); the main window applies their ui. */
    public ReadOnlyObjectProperty<Settings> appliedProperty() {
        return applied.getReadOnlyProperty();
    }

    /** The config file {@link #save()} writes. */
    public Path file() {
        return writer.file();
    }

    // ---- commands

    /** Adds a folder (made absolute) unless it is already listed; returns whether it was added. */
    public boolean addProblemDir(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (problemDirs.contains(absolute)) {
            return false;
        }
        return problemDirs.add(absolute);
    }

    public void removeProblemDir(Path folder) {
        problemDirs.remove(folder);
    }

    /**
     * Writes the values to the config file and makes them the applied settings.
     *
     * @throws IllegalStateException if the values are not valid (see {@link #problemProperty()})
     * @throws dev.codedrill.config.ConfigException if the file cannot be written or is malformed (it is then left as
     *                                              it was)
     */
    public Settings save() {
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        Settings wanted = toSettings();
        writer.save(wanted);
        saved = wanted;
        savedLanguages = LanguageRegistry.load(wanted);
        applied.set(wanted);
        return wanted;
    }

    /** Puts back the values last saved, dropping every edit since (the dialog's Cancel). */
    public void reset() {
        DockerSettings docker = saved.docker();
        mode.set(docker.mode());
        host.set(docker.host() == null ? "" : docker.host());
        certDir.set(docker.certDir() == null ? "" : docker.certDir());
        for (Language language : languages) {
            poolSizes.get(language.id()).set(savedLanguages.find(language.id()).orElseThrow().poolSize());
        }
        workers.set(saved.judge().workers());
        timeFactor.set(saved.judge().timeFactor());
        compileSeconds.set(saved.judge().compileSeconds());
        allTests.set(saved.judge().allTests());
        theme.set(saved.ui().theme());
        fontSize.set(saved.ui().fontSize());
        presentation.set(saved.ui().presentation());
        problemDirs.setAll(saved.problemDirs());
        inputErrors.clear();
        check();
    }

    /** The view reports text that is no value at all; null clears the field's error. */
    void inputError(String field, String message) {
        if (message == null) {
            inputErrors.remove(field);
        } else {
            inputErrors.put(field, message);
        }
    }

    // ---- checking

    private void check() {
        String fault = fault();
        problem.set(fault == null ? "" : fault);
        valid.set(fault == null);
        List<String> restart = restartChanges();
        if (!restart.equals(restartChanges)) {
            restartChanges.setAll(restart);
        }
        restartNeeded.set(!restart.isEmpty());
    }

    private String fault() {
        if (!inputErrors.isEmpty()) {
            return inputErrors.values().iterator().next();
        }
        if (mode.get() == null) {
            return "Choose an engine mode.";
        }
        if (mode.get() == DockerMode.REMOTE && blankToNull(host.get()) == null) {
            return "Remote mode needs the engine's address, for example tcp://lab-server:2376.";
        }
        for (Language language : languages) {
            if (poolSizes.get(language.id()).get() < 0) {
                return "The pool size of " + language.name() + " cannot be negative.";
            }
        }
        if (outside(workers.get(), JudgeSettings.MIN_WORKERS, JudgeSettings.MAX_WORKERS)) {
            return "Workers must be between " + JudgeSettings.MIN_WORKERS + " and " + JudgeSettings.MAX_WORKERS + ".";
        }
        if (!(timeFactor.get() >= JudgeSettings.MIN_TIME_FACTOR && timeFactor.get() <= JudgeSettings.MAX_TIME_FACTOR)) {
            return "The time factor must be between " + Numbers.format(JudgeSettings.MIN_TIME_FACTOR) + " and "
                    + Numbers.format(JudgeSettings.MAX_TIME_FACTOR) + ".";
        }
        if (outside(compileSeconds.get(), JudgeSettings.MIN_COMPILE_SECONDS, JudgeSettings.MAX_COMPILE_SECONDS)) {
            return "The compile time limit must be between " + JudgeSettings.MIN_COMPILE_SECONDS + " and "
                    + JudgeSettings.MAX_COMPILE_SECONDS + " seconds.";
        }
        if (!UiSettings.LIGHT.equals(theme.get()) && !UiSettings.DARK.equals(theme.get())) {
            return "Choose the light or the dark theme.";
        }
        if (outside(fontSize.get(), UiSettings.MIN_FONT_SIZE, UiSettings.MAX_FONT_SIZE)) {
            return "The editor font size must be between " + UiSettings.MIN_FONT_SIZE + " and "
                    + UiSettings.MAX_FONT_SIZE + ".";
        }
        try {
            toSettings(); // the records have the last word
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return e.getMessage();
        }
    }

    private List<String> restartChanges() {
        List<String> changes = new ArrayList<>();
        DockerSettings docker = running.docker();
        if (mode.get() != docker.mode() || !Objects.equals(blankToNull(host.get()), docker.host())
                || !Objects.equals(blankToNull(certDir.get()), docker.certDir())) {
            changes.add("engine");
        }
        for (Language language : languages) {
            if (poolSizes.get(language.id()).get() != language.poolSize()) {
                changes.add("pool sizes");
                break;
            }
        }
        JudgeSettings judge = running.judge();
        if (workers.get() != judge.workers() || timeFactor.get() != judge.timeFactor()
                || compileSeconds.get() != judge.compileSeconds() || allTests.get() != judge.allTests()) {
            changes.add("judging");
        }
        if (!problemDirs.equals(running.problemDirs())) {
            changes.add("problem folders");
        }
        return Collections.unmodifiableList(changes);
    }

    /** The edited values over the saved settings; fields the dialog does not show stay as they are. */
    private Settings toSettings() {
        DockerSettings docker = saved.docker();
        DockerSettings newDocker = new DockerSettings(mode.get(), blankToNull(host.get()), blankToNull(certDir.get()),
                docker.apiVersion(), docker.dind());
        Map<String, LanguageSettings> overrides = new LinkedHashMap<>(saved.languages());
        for (Language language : languages) {
            int size = poolSizes.get(language.id()).get();
            // An override only where the size differs, so an untouched language keeps following languages.json.
            if (size != savedLanguages.find(language.id()).orElseThrow().poolSize()) {
                overrides.put(language.id(), new LanguageSettings(saved.language(language.id()).image(), size));
            }
        }
        return new Settings(newDocker, overrides, List.copyOf(problemDirs), saved.dataDir(),
                new UiSettings(theme.get(), fontSize.get(), presentation.get()),
                new JudgeSettings(workers.get(), timeFactor.get(), compileSeconds.get(), allTests.get()),
                saved.sandbox());
    }

    private static boolean outside(int value, int min, int max) {
        return value < min || value > max;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
