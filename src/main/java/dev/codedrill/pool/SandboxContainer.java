package dev.codedrill.pool;

/**
 * A started sandbox container and the tmpfs-backed volume that is its work dir.
 *
 * @param primed its language's init tasks ran in it (so the reset keeps what they left in the cache dir)
 */
public record SandboxContainer(String containerId, String name, String volumeName, String languageId, boolean primed) {
    public SandboxContainer {
        if (containerId == null || containerId.isBlank()) {
            throw new IllegalArgumentException("containerId is required");
        }
    }
}
