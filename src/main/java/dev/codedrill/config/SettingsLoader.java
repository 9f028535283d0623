package dev.codedrill.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.failure.JsonFaults;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Loads {@link Settings}: the built-in defaults, with the user's config merged over them field by field
 * (objects merge, everything else replaces). Faults name the file and the JSON path.
 */
public final class SettingsLoader {

    private static final String DEFAULTS = "/dev/codedrill/config/defaults.json";

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // "fontSize": 14.5 is a mistake to report, not a 14 to guess
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    /**
     * The file the user's settings live in: the one named on the command line, else {@code config.json} in the
     * user's config dir (which need not exist yet). It is where {@link SettingsWriter} saves.
     */
    public static Path configFile(Path explicitConfig, AppDirs dirs) {
        return explicitConfig != null ? explicitConfig : dirs.configFile();
    }

    /** The config named on the command line, else the user's config file if it exists, else the defaults. */
    public Settings load(Path explicitConfig, AppDirs dirs) {
        Path file = configFile(explicitConfig, dirs);
        if (explicitConfig != null && !Files.isRegularFile(file)) {
            throw new ConfigException("Config file " + file + " does not exist or is not a file");
        }
        return Files.isRegularFile(file) ? load(file) : defaults();
    }

    public Settings defaults() {
        return bind(defaultsTree(), "built-in defaults");
    }

    public Settings load(Path file) {
        return load(readTree(file), file);
    }

    /** The settings a config file holding {@code user} gives; faults are reported as being in {@code file}. */
    Settings load(ObjectNode user, Path file) {
        ObjectNode merged = defaultsTree();
        merge(merged, user.deepCopy());
        return bind(merged, "Config file " + file);
    }

    /** A config file's own JSON object, not merged; a file that is not one is refused with its fault. */
    ObjectNode readTree(Path file) {
        JsonNode user;
        try {
            user = json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new ConfigException("Config file " + file + " is not valid JSON (" + JsonFaults.where(e) + "): "
                    + JsonFaults.reason(e), e);
        } catch (IOException e) {
            throw new ConfigException("Config file " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (user == null || !user.isObject()) {
            throw new ConfigException("Config file " + file + " must hold a JSON object at $");
        }
        return (ObjectNode) user;
    }

    /** The merged tree as JSON, for showing the effective config. */
    public String toJson(Settings settings) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Settings bind(JsonNode tree, String origin) {
        try {
            return json.treeToValue(tree, Settings.class);
        } catch (JsonMappingException e) {
            throw new ConfigException(origin + ": at " + jsonPath(e) + ": " + JsonFaults.mismatch(e), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(origin + ": " + JsonFaults.reason(e), e);
        }
    }

    ObjectNode defaultsTree() {
        try (InputStream in = SettingsLoader.class.getResourceAsStream(DEFAULTS)) {
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in defaults are unreadable", e);
        }
    }

    static void merge(ObjectNode base, ObjectNode over) {
        Iterator<Map.Entry<String, JsonNode>> fields = over.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = base.get(field.getKey());
            if (current instanceof ObjectNode currentObject && field.getValue() instanceof ObjectNode overObject) {
                merge(currentObject, overObject);
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
