package dev.codedrill.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One installation of CodeDrill on a machine: one data dir (one OS user, or one config with a data dir of its own).
 * Its id names what it owns on a shared Docker engine, so that two users of a lab PC each get their own private
 * daemon, and neither ever touches the other's.
 *
 * @param id eight hex digits of the SHA-256 of the data dir's absolute path
 */
public record Installation(String id) {

    /** The label on a private daemon's container that says which installation created it. */
    public static final String LABEL = "dev.codedrill.installation";

    public static Installation of(Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return new Installation(HexFormat.of().formatHex(digest, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The private daemon's container name when the config names none. */
    public String daemonName() {
        return "codedrill-dind-" + id;
    }

    /** The volume that keeps the private daemon's images when the config names none. */
    public String daemonVolume() {
        return "codedrill-dind-" + id + "-data";
    }
}
