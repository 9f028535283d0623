package dev.codedrill.docker.dind;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the private daemon's certificates live. {@code clientDir} holds ca.pem, cert.pem and key.pem (the layout
 * docker-java and the docker CLI read); {@code serverDir} holds what is copied into the DinD container.
 */
public record TlsMaterial(Path clientDir, Path serverDir) {

    public static final String CA = "ca.pem";
    public static final String CERT = "cert.pem";
    public static final String KEY = "key.pem";
    public static final String SERVER_CERT = "server-cert.pem";
    public static final String SERVER_KEY = "server-key.pem";

    public Path caCert() {
        return clientDir.resolve(CA);
    }

    /** A short fingerprint of the CA, so a DinD container started with other certificates is not reused. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(caCert()));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            throw new IllegalStateException("cannot read " + caCert(), e);
        }
    }
}
