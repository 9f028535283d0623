package dev.codedrill.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Saves {@link Settings} to the user's config file, keeping everything else in it.
 *
 * <p>Only the paths whose value differs from what the file gives today (its own value, else the built-in default)
 * are set; every other key, known or not, stays as the user wrote it. So a value the user never changed is never
 * written: the file stays a short list of the user's own choices, and a later release's better default still
 * reaches every field they left alone. A value they did change is written even when it equals the default, because
 * they chose it (it also has to be written to override a different value the file already holds).
 *
 * <p>A file that is not a JSON object is refused with its fault and left as it is: the user's file is theirs to fix.
 * The new file is written beside it and moved over it, so a crash leaves the old file or the new one, never half.
 */
public final class SettingsWriter {

    /** The JSON paths of the maps in {@link Settings}, where a missing key means a removed entry. */
    private static final Set<String> MAPS = Set.of("$.languages");

    private final Path file;
    private final SettingsLoader loader = new SettingsLoader();
    // Paths as the user types them ("/home/ada/pack"), not Jackson's default URIs ("file:///home/ada/pack").
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Path.class, ToStringSerializer.instance));
    // Laid out the way people write JSON by hand: "key": value, one array element a line.
    private final ObjectWriter pretty = json.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));

    public SettingsWriter(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("file is required");
        }
        this.file = file;
    }

    /** The writer for the file the app reads: {@code --config FILE}, else config.json in the user's config dir. */
    public static SettingsWriter forConfig(Path explicitConfig, AppDirs dirs) {
        return new SettingsWriter(SettingsLoader.configFile(explicitConfig, dirs));
    }

    public Path file() {
        return file;
    }

    /**
     * Writes the paths where {@code settings} differs from what the file gives now, creating the file and its
     * folders if needed.
     *
     * @return the paths written, as {@code $.ui.theme}; empty when nothing differed (the file is then not touched)
     * @throws ConfigException if the existing file is not a JSON object, or cannot be read or written
     */
    public List<String> save(Settings settings) {
        boolean exists = Files.exists(file);
        ObjectNode own = exists ? loader.readTree(file) : json.createObjectNode();
        ObjectNode effective = loader.defaultsTree();
        SettingsLoader.merge(effective, own.deepCopy());
        ObjectNode wanted = json.valueToTree(settings);

        List<String> changed = new ArrayList<>();
        ObjectNode updated = own.deepCopy();
        apply(updated, effective, wanted, "$", changed);
        if (changed.isEmpty()) {
            return changed;
        }
        checkRoundTrip(own, updated, settings);
        try {
            write(updated);
        } catch (IOException e) {
            throw new ConfigException("Cannot save settings to " + file + ": " + (e.getMessage() == null
                    ? "the file could not be written" : e.getMessage()), e);
        }
        return changed;
    }

    /**
     * Sets in {@code own} (the file's object at {@code path}) every leaf of {@code wanted} that differs from
     * {@code effective} (the merged value there), and removes map entries {@code wanted} no longer has.
     */
    private void apply(ObjectNode own, JsonNode effective, ObjectNode wanted, String path, List<String> changed) {
        Iterator<Map.Entry<String, JsonNode>> fields = wanted.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            String at = path + "." + key;
            JsonNode want = field.getValue();
            JsonNode now = effective == null ? null : effective.get(key);
            if (want.isObject()) {
                JsonNode ownChild = own.get(key);
                ObjectNode child;
                if (ownChild == null || ownChild.isNull()) {
                    child = json.createObjectNode();
                } else if (ownChild.isObject()) {
                    child = (ObjectNode) ownChild;
                } else {
                    throw new ConfigException("Config file " + file + ": at " + at + ": expected an object, found "
                            + ownChild.getNodeType().toString().toLowerCase(Locale.ROOT) + "; not saved, fix the file first");
                }
                int before = changed.size();
                apply(child, now != null && now.isObject() ? now : null, (ObjectNode) want, at, changed);
                if (changed.size() > before && child != ownChild) {
                    own.set(key, child);
                }
            } else if (!same(now, want)) {
                own.set(key, want);
                changed.add(at);
            }
        }
        if (MAPS.contains(path)) {
            // A record writes all its fields, so elsewhere a key wanted lacks is one this release does not know:
            // kept. In a map it is an entry the settings dropped.
            List<String> dropped = new ArrayList<>();
            own.fieldNames().forEachRemaining(key -> {
                if (!wanted.has(key)) {
                    dropped.add(key);
                }
            });
            for (String key : dropped) {
                own.remove(key);
                changed.add(path + "." + key);
            }
        }
    }

    /** Equal as config values: an absent key is a null one, and 1 is 1.0. */
    private static boolean same(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull() || a.isMissingNode();
        boolean bNull = b == null || b.isNull() || b.isMissingNode();
        if (aNull || bNull) {
            return aNull && bNull;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * The file must read back as exactly {@code settings}. When the old file did not load (a key from a newer
     * release, say) the new one cannot either, and that is the user's to fix, not a reason to lose their change.
     */
    private void checkRoundTrip(ObjectNode own, ObjectNode updated, Settings settings) {
        try {
            loader.load(own, file);
        } catch (ConfigException oldFileDoesNotLoad) {
            return;
        }
        Settings readBack = loader.load(updated, file);
        if (!readBack.equals(settings)) {
            throw new IllegalStateException("saving would not read back the same settings: " + settings
                    + " became " + readBack);
        }
    }

    private void write(ObjectNode tree) throws IOException {
        // Through a link (dotfiles kept in a repository), replace the file it points at, not the link.
        Path target = Files.isSymbolicLink(file) ? file.toRealPath() : file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            byte[] bytes = (pretty.writeValueAsString(tree) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(bytes));
                out.force(true);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temp file is owner-only; an existing config keeps the permissions its owner gave it. */
    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && dest != null && Files.exists(from)) {
            dest.setPermissions(source.readAttributes().permissions());
        }
    }
}
