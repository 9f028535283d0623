package dev.codedrill.docker;

/** The image a container needs is not on the engine. */
public class ImageMissingException extends EngineException {
    private final String image;

    public ImageMissingException(String image, Throwable cause) {
        super("Image '" + image + "' is not present on the Docker engine: pull it (docker pull " + image
                + ") or, offline, build the offline images (packaging/images/build-offline-images.sh)", cause);
        this.image = image;
    }

    public String image() {
        return image;
    }
}
