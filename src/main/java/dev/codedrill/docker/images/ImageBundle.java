package dev.codedrill.docker.images;

import dev.codedrill.docker.DockerEngine;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An image bundle: one {@code docker save} tar of several images in a file (gzip-compressed when the name ends in
 * .gz), to carry images to machines without a registry. Streams both ways; never holds an image in memory.
 */
public final class ImageBundle {

    private ImageBundle() {
    }

    /** Writes the images to the file; a partial file is never left behind. */
    public static long save(DockerEngine engine, List<String> images, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (InputStream tar = engine.saveImages(images);
             OutputStream out = open(partial, gzip(file))) {
            tar.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return Files.size(file);
    }

    public static void load(DockerEngine engine, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no image bundle at " + file);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            engine.loadImages(gzip(file) ? new GZIPInputStream(in, 1 << 16) : in);
        }
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    private static boolean gzip(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }
}
