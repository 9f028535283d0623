package dev.codedrill.ui.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's layout in a small JSON file of the data dir ({@code window-layout.json}). Reading never fails: a
 * missing, damaged or half-written file gives the defaults (and a line in the log), as a layout is not worth a
 * learner's attention. Writing goes through a temporary file, so a crash mid-write leaves the old layout.
 */
public final class WindowLayoutStore {

    public static final String FILE_NAME = "window-layout.json";
    private static final Logger LOG = LoggerFactory.getLogger(WindowLayoutStore.class);

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();

    public WindowLayoutStore(Path file) {
        this.file = file;
    }

    public static WindowLayoutStore inDataDir(Path dataDir) {
        return new WindowLayoutStore(dataDir.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    public WindowLayout read() {
        JsonNode node;
        try {
            node = json.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return WindowLayout.defaults();
        } catch (IOException e) {
            LOG.warn("The window layout in {} could not be read; the defaults are used", file, e);
            return WindowLayout.defaults();
        }
        if (node == null || !node.isObject()) {
            LOG.warn("The window layout in {} is not a JSON object; the defaults are used", file);
            return WindowLayout.defaults();
        }
        WindowLayout d = WindowLayout.defaults();
        ResultsPlacement placement;
        try {
            placement = ResultsPlacement.valueOf(node.path("results").asText(d.results().name()));
        } catch (IllegalArgumentException e) {
            LOG.warn("The window layout in {} names an unknown results placement; below is used", file);
            placement = d.results();
        }
        String last = node.path("lastProblem").isTextual() ? node.get("lastProblem").asText() : null;
        return new WindowLayout(number(node, "x", d.x()), number(node, "y", d.y()),
                positive(node, "width", d.width()), positive(node, "height", d.height()),
                node.path("maximized").asBoolean(false),
                number(node, "browserDivider", d.browserDivider()),
                number(node, "statementDivider", d.statementDivider()),
                number(node, "resultsDivider", d.resultsDivider()), placement, last);
    }

    /** Saves the layout; a failure is logged, never thrown (closing the window must not fail on it). */
    public void write(WindowLayout layout) {
        ObjectNode node = json.createObjectNode();
        if (layout.hasPosition()) {
            node.put("x", layout.x());
            node.put("y", layout.y());
        }
        node.put("width", layout.width());
        node.put("height", layout.height());
        node.put("maximized", layout.maximized());
        node.put("browserDivider", layout.browserDivider());
        node.put("statementDivider", layout.statementDivider());
        node.put("resultsDivider", layout.resultsDivider());
        node.put("results", layout.results().name());
        if (layout.lastProblem() != null) {
            node.put("lastProblem", layout.lastProblem());
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(FILE_NAME + ".tmp");
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), node);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The window layout could not be saved to {}", file, e);
        }
    }

    private static double number(JsonNode node, String field, double fallback) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() && Double.isFinite(value.asDouble()) ? value.asDouble() : fallback;
    }

    private static double positive(JsonNode node, String field, double fallback) {
        double value = number(node, field, fallback);
        return value >= 100 ? value : fallback;
    }
}
