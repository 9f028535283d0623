package dev.codedrill.app;

import dev.codedrill.pool.Percentiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long the window takes to appear: launches the app (this jar, no command) in a fresh JVM, which reports the
 * time from its JVM start to the window shown and quits; repeated. The engine keeps starting behind the window, so
 * this is what the user waits for before they can browse.
 */
public final class WindowBenchmark {

    /** The marker line the app prints on stderr (see {@code CodeDrillApp}). */
    public static final String MARKER = "codedrill: window shown after ";
    /** ... and when the problems and the history have loaded, so the learner can browse. */
    public static final String READY_MARKER = "codedrill: problems ready after ";

    /**
     * The class-data sharing archive beside the jar, as the Linux installers make it at install time
     * (packaging/dist/linux/postinst: the JDK's classes and the app's, parsed and verified ahead); the launcher names it
     * in its options, and so does the benchmark when it is there.
     */
    public static final String CLASS_DATA_ARCHIVE = "codedrill.jsa";

    /** One launch: JVM start → window shown, → problems browsable, as the app measured them. */
    public record Launch(long shownMs, long readyMs) {
    }

    /** @param archive the class-data sharing archive the launches used, or null */
    public record Result(List<Launch> launches, Path archive) {
        public long shownP50() {
            return percentile(Launch::shownMs, 50);
        }

        public long shownP90() {
            return percentile(Launch::shownMs, 90);
        }

        public long readyP50() {
            return percentile(Launch::readyMs, 50);
        }

        public long readyP90() {
            return percentile(Launch::readyMs, 90);
        }

        private long percentile(java.util.function.ToLongFunction<Launch> what, double p) {
            return Percentiles.of(launches.stream().map(l -> java.time.Duration.ofMillis(what.applyAsLong(l)))
                    .toList(), p).toMillis();
        }
    }

    private final Path jar;
    private final List<String> appArgs;

    /** @param appArgs options for the app, e.g. {@code --config FILE} */
    public WindowBenchmark(Path jar, List<String> appArgs) {
        this.jar = jar;
        this.appArgs = List.copyOf(appArgs);
    }

    /** The jar this class was loaded from. */
    public static Path currentJar() {
        try {
            return Path.of(WindowBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class-data sharing archive beside the jar, when there is one. */
    private Path archive() {
        Path archive = jar.resolveSibling(CLASS_DATA_ARCHIVE);
        return Files.isRegularFile(archive) ? archive : null;
    }

    public Result run(int launches) throws IOException, InterruptedException {
        Path archive = archive();
        List<Launch> all = new ArrayList<>();
        for (int i = 0; i < launches; i++) {
            all.add(launchOnce(archive));
        }
        return new Result(all, archive);
    }

    private Launch launchOnce(Path archive) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        }
        cmd.addAll(List.of("-Dcodedrill.reportStartup=true", "-Dcodedrill.exitWhenShown=true", "-jar", jar.toString()));
        cmd.addAll(appArgs);
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Long shown = null;
        Long ready = null;
        StringBuilder err = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(MARKER)) {
                    shown = Long.parseLong(line.substring(MARKER.length()).replace(" ms", "").strip());
                } else if (line.startsWith(READY_MARKER)) {
                    ready = Long.parseLong(line.substring(READY_MARKER.length()).replace(" ms", "").strip());
                } else if (err.length() < 4000) {
                    err.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the app did not quit within 60 s of starting");
        }
        if (shown == null || ready == null) {
            throw new IOException("the app never reported its window (is there a display? DISPLAY="
                    + System.getenv("DISPLAY") + "); exit " + p.exitValue() + ", stderr:\n" + err);
        }
        return new Launch(shown, ready);
    }
}
