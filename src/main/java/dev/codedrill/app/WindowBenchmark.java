package dev.codedrill.app;

import dev.codedrill.pool.Percentiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

    /** One launch: JVM start → window shown, as the app measured it, and the process's whole wall time. */
    public record Launch(long shownMs, long processMs) {
    }

    public record Result(List<Launch> launches) {
        public long shownP50() {
            return shown(50);
        }

        public long shownP90() {
            return shown(90);
        }

        private long shown(double p) {
            return Percentiles.of(launches.stream().map(l -> java.time.Duration.ofMillis(l.shownMs())).toList(), p)
                    .toMillis();
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

    public Result run(int launches) throws IOException, InterruptedException {
        List<Launch> all = new ArrayList<>();
        for (int i = 0; i < launches; i++) {
            all.add(launchOnce());
        }
        return new Result(all);
    }

    private Launch launchOnce() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcodedrill.reportStartup=true", "-Dcodedrill.exitWhenShown=true", "-jar", jar.toString()));
        cmd.addAll(appArgs);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Long shown = null;
        StringBuilder err = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith(MARKER)) {
                    shown = Long.parseLong(line.substring(MARKER.length()).replace(" ms", "").strip());
                } else if (err.length() < 4000) {
                    err.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("the app did not quit within 60 s of starting");
        }
        long wall = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (shown == null) {
            throw new IOException("the app never reported its window (is there a display? DISPLAY="
                    + System.getenv("DISPLAY") + "); exit " + p.exitValue() + ", stderr:\n" + err);
        }
        return new Launch(shown, wall);
    }
}
