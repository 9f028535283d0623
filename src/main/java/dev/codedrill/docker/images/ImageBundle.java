package dev.codedrill.docker.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.codedrill.docker.DockerEngine;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
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

    /**
     * Loads the bundle's images and returns their names. The engine is not trusted to refuse a file that is no
     * bundle (Docker 20.10 answers a tar without images with success), so the bundle's manifest is read first and
     * every image it names must be in the engine afterwards.
     */
    public static List<String> load(DockerEngine engine, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no image bundle at " + file);
        }
        List<String> images = imagesIn(file);
        try (InputStream in = open(file)) {
            engine.loadImages(in);
        }
        List<String> missing = images.stream().filter(image -> !engine.imagePresent(image)).toList();
        if (!missing.isEmpty()) {
            throw new NotAnImageBundleException("Loading " + file.getFileName() + " did not make "
                    + String.join(", ", missing) + " appear in the Docker engine. Make the bundle again with "
                    + "'codedrill images save FILE' on a machine that has the images.");
        }
        return images;
    }

    /** The images a bundle holds, from its manifest.json (the names {@code docker save} recorded). */
    static List<String> imagesIn(Path file) throws IOException {
        String name = file.getFileName().toString();
        String remedy = " Make one with 'codedrill images save FILE' on a machine that has the images.";
        try (TarArchiveInputStream tar = new TarArchiveInputStream(open(file))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.getName().equals("manifest.json")) {
                    List<String> images = new ArrayList<>();
                    for (JsonNode image : new ObjectMapper().readTree(tar.readAllBytes())) {
                        image.path("RepoTags").forEach(tag -> images.add(tag.asText()));
                    }
                    if (images.isEmpty()) {
                        throw new NotAnImageBundleException(name + " holds no named image." + remedy);
                    }
                    return images;
                }
            }
        } catch (NotAnImageBundleException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new NotAnImageBundleException(name + " is not an image bundle: it cannot be read as one ("
                    + (gzip(file) ? "a gzip-compressed " : "a ") + "tar of 'docker save')." + remedy);
        }
        throw new NotAnImageBundleException(name + " is not an image bundle: it has no manifest.json." + remedy);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzip(file) ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    private static boolean gzip(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }
}
