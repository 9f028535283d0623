package dev.codedrill.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.app.PlainWords;
import dev.codedrill.problem.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time limits per language derived as Kattis derives a problem's limit: the slowest test of the language's accepted
 * reference solution times a safety factor, rounded up to 100 ms, with the problem's {@code timeLimitMs} as the floor.
 * The languages that need more than the floor are stored in problem.json's {@code languageTimeLimitsMs}; the others
 * lose an entry they no longer need.
 */
final class DerivedLimits {

    /** The limit the references run under while they are measured. */
    static final int MEASURING_MS = 10_000;
    /** The safety factor over the slowest accepted test. */
    static final int FACTOR = 3;

    /** One accepted reference's slowest test. */
    record Measured(String problem, String language, double slowestMs) {
    }

    private DerivedLimits() {
    }

    /** The derived limit of a reference whose slowest test took {@code slowestMs}, never under {@code floorMs}. */
    static int limit(double slowestMs, int floorMs) {
        int derived = (int) Math.ceil(slowestMs * FACTOR / 100.0) * 100;
        return Math.max(floorMs, derived);
    }

    /** The languages of {@code p} that need more than its {@code timeLimitMs}, with their limits. */
    static Map<String, Integer> of(Problem p, List<Measured> measured) {
        Map<String, Integer> own = new TreeMap<>();
        measured.stream().filter(m -> m.problem().equals(p.id())).forEach(m -> {
            int limit = limit(m.slowestMs(), p.timeLimitMs());
            if (limit > p.timeLimitMs()) {
                own.put(m.language(), limit);
            }
        });
        return own;
    }

    /**
     * Stores each problem's derived limits in its problem.json, saying what it stored; false when one could not be
     * written. A language whose reference was not accepted keeps the limit it had.
     */
    static boolean store(List<Problem> problems, List<Measured> measured, PrintWriter out, PrintWriter err) {
        boolean ok = true;
        for (Problem p : problems) {
            Map<String, Integer> own = new TreeMap<>(p.languageTimeLimitsMs());
            measured.stream().filter(m -> m.problem().equals(p.id())).forEach(m -> own.remove(m.language()));
            own.putAll(of(p, measured));
            Path file = p.dir().resolve("problem.json");
            try {
                write(file, own);
                out.printf("LIMITS %s: %d ms%s%n", p.id(), p.timeLimitMs(), own.isEmpty() ? " for every language"
                        : ", " + own.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms")
                        .reduce((a, b) -> a + ", " + b).orElse(""));
            } catch (IOException e) {
                err.println(PlainWords.report(e, "writing " + file));
                ok = false;
            }
        }
        return ok;
    }

    /** Rewrites {@code languageTimeLimitsMs} of a problem.json, keeping its other fields and their order. */
    static void write(Path file, Map<String, Integer> own) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode meta = (ObjectNode) json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (own.isEmpty()) {
            meta.remove("languageTimeLimitsMs");
        } else {
            ObjectNode limits = json.createObjectNode();
            new TreeMap<>(own).forEach(limits::put); // by language id, whatever map was given
            if (meta.has("languageTimeLimitsMs")) {
                meta.replace("languageTimeLimitsMs", limits);
            } else {
                // next to timeLimitMs, where a reader looks for it
                ObjectNode ordered = json.createObjectNode();
                meta.fields().forEachRemaining(e -> {
                    ordered.set(e.getKey(), e.getValue());
                    if (e.getKey().equals("timeLimitMs")) {
                        ordered.set("languageTimeLimitsMs", limits);
                    }
                });
                if (!ordered.has("languageTimeLimitsMs")) {
                    ordered.set("languageTimeLimitsMs", limits);
                }
                meta = ordered;
            }
        }
        Files.writeString(file, json.writer(new Printer()).writeValueAsString(meta) + "\n", StandardCharsets.UTF_8);
    }

    /** Two-space indents and {@code "key": value}, as the problem files are written by hand. */
    private static final class Printer extends DefaultPrettyPrinter {
        Printer() {
            indentArraysWith(DefaultPrettyPrinter.NopIndenter.instance);
            indentObjectsWith(new DefaultIndenter("  ", "\n"));
        }

        Printer(Printer base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Printer(this);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }
    }
}
