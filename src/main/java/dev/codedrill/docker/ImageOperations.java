package dev.codedrill.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.PullResponseItem;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The image calls of {@link DockerJavaEngine}: inspect, save, load, remove and pull. */
final class ImageOperations {

    private final DockerClient client;
    private final EngineEndpoint endpoint;

    ImageOperations(DockerClient client, EngineEndpoint endpoint) {
        this.client = client;
        this.endpoint = endpoint;
    }

    Optional<String> imageId(String image) {
        try {
            return Optional.ofNullable(client.inspectImageCmd(image).exec().getId());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw failure("inspect image " + image, e);
        }
    }

    InputStream saveImages(List<String> images) {
        try {
            var save = client.saveImagesCmd();
            for (String image : images) {
                int colon = image.lastIndexOf(':');
                if (colon > image.lastIndexOf('/')) {
                    save.withImage(image.substring(0, colon), image.substring(colon + 1));
                } else {
                    save.withImage(image, "latest");
                }
            }
            return save.exec();
        } catch (NotFoundException e) {
            throw new ImageMissingException(String.join(", ", images), e);
        } catch (RuntimeException e) {
            throw failure("save " + images, e);
        }
    }

    void loadImages(InputStream tar) {
        try {
            client.loadImageCmd(tar).exec();
        } catch (RuntimeException e) {
            throw failure("load images", e);
        }
    }

    void removeImage(String image) {
        try {
            client.removeImageCmd(image).withForce(false).exec();
        } catch (RuntimeException e) {
            throw failure("remove image " + image, e);
        }
    }

    void pullImage(String image, Consumer<String> progress) {
        ResultCallback.Adapter<PullResponseItem> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(PullResponseItem item) {
                if (item.getErrorDetail() != null) {
                    progress.accept("error: " + item.getErrorDetail().getMessage());
                } else if (item.getStatus() != null) {
                    progress.accept((item.getId() == null ? "" : item.getId() + ": ") + item.getStatus()
                            + (item.getProgressDetail() != null && item.getProgressDetail().getTotal() != null
                            ? " " + item.getProgressDetail().getCurrent() + "/" + item.getProgressDetail().getTotal()
                            : ""));
                }
            }
        };
        try {
            client.pullImageCmd(image).exec(callback);
            callback.awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while pulling " + image, e);
        } catch (RuntimeException e) {
            throw failure("pull " + image, e);
        } finally {
            Closing.quietly(callback);
        }
        if (imageId(image).isEmpty()) {
            throw new EngineException("Could not pull " + image + " on " + endpoint.host());
        }
    }

    private EngineException failure(String what, Throwable e) {
        return EngineErrors.failed(endpoint, what, e);
    }
}
