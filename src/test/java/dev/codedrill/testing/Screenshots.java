package dev.codedrill.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves a PNG of a window's scene into {@code target/screenshots} (or the folder named by the
 * {@code codedrill.screenshots} property), for looking at the app and for the README's pictures.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("codedrill.screenshots", "target/screenshots"));
    }

    public static Path take(Scene scene, String name) {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                shot.complete(scene.snapshot(null));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        WritableImage image;
        try {
            image = shot.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not snapshot the scene", e);
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(folder());
            Path file = folder().resolve(name + ".png");
            ImageIO.write(png, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
