package dev.codedrill.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.codedrill.failure.JsonFaults;
import dev.codedrill.problem.ProblemLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A pack's {@code pack.json}, at the top of its zip and of its installed folder: the pack's name (its identity: a new
 * version of a pack replaces the old one, another pack may not take its problems) and its version, as the author
 * writes it.
 */
public record PackManifest(String name, String version) {

    public static final String FILE = "pack.json";
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,39}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why a pack name is not allowed, or null when it is. */
    public static String nameFault(String name) {
        if (name == null || !ProblemLoader.ID.matcher(name).matches() || name.length() > 60) {
            return "a pack's name is lowercase letters, digits and single hyphens, at most 60 characters"
                    + " (as week-3-graphs)";
        }
        return null;
    }

    /** Why a version is not allowed, or null when it is. */
    public static String versionFault(String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            return "a pack's version is letters, digits, '.', '-', '+' or '_', at most 40 characters (as 1.2)";
        }
        return null;
    }

    public static PackManifest read(Path file) throws PackException {
        JsonNode node;
        try {
            node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            String at = JsonFaults.where(e);
            throw new PackException(file + (at.isEmpty() ? "" : " at " + at) + ": " + JsonFaults.reason(e)
                    + ". Fix the JSON of pack.json.");
        } catch (IOException e) {
            throw new PackException(file + " could not be read (" + e.getMessage() + ").", e);
        }
        if (node == null || !node.isObject()) {
            throw new PackException(file + ": must be a JSON object with a \"name\" and a \"version\".");
        }
        String name = node.path("name").asText(null);
        String version = node.path("version").asText(null);
        String fault = nameFault(name);
        if (fault != null) {
            throw new PackException(file + " at $.name: " + (name == null ? "missing; " : "'" + name + "': ") + fault
                    + ".");
        }
        fault = versionFault(version);
        if (fault != null) {
            throw new PackException(file + " at $.version: " + (version == null ? "missing; " : "'" + version + "': ")
                    + fault + ".");
        }
        return new PackManifest(name, version);
    }

    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", name);
        node.put("version", version);
        return node.toPrettyString() + "\n";
    }

    public String describe() {
        return name + " " + version;
    }
}
