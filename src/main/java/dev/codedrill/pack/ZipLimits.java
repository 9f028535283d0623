package dev.codedrill.pack;

/**
 * How much a pack's zip may hold once unpacked: a zip bomb (a few KB that unpack to gigabytes, or a million empty
 * files) is refused before it fills the disk. The bundled library, the largest pack there is, holds about 2,500 files
 * and 60 MB.
 */
public record ZipLimits(int maxEntries, long maxTotalBytes, long maxFileBytes) {

    public static final ZipLimits DEFAULT = new ZipLimits(20_000, 512L * 1024 * 1024, 128L * 1024 * 1024);

    public ZipLimits {
        if (maxEntries < 1 || maxTotalBytes < 1 || maxFileBytes < 1) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
