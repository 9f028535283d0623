package dev.codedrill.docker.images;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.StartupProgress;
import dev.codedrill.lang.Language;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts each language's image into the engine code runs in, in this order: already there; streamed from the host
 * engine (save → load, never held in memory); pulled by the target engine. An image that cannot be had makes its
 * languages unavailable, with the reason; the others still work.
 */
public final class ImageProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(ImageProvisioner.class);

    private final DockerEngine host;
    private final DockerEngine target;

    /** @param host the host engine to stream from, or null when the target is the host (modes host, remote) */
    public ImageProvisioner(DockerEngine host, DockerEngine target) {
        this.host = host;
        this.target = target;
    }

    public List<ImageStatus> ensure(Collection<Language> languages, StartupProgress progress) {
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (Language language : languages) {
            users.computeIfAbsent(language.image(), k -> new ArrayList<>()).add(language.id());
        }
        List<ImageStatus> statuses = new ArrayList<>();
        users.forEach((image, ids) -> statuses.add(ensure(image, ids, progress)));
        return statuses;
    }

    public ImageStatus ensure(String image, List<String> usedBy, StartupProgress progress) {
        Optional<String> present;
        try {
            present = target.imageId(image);
        } catch (EngineException e) {
            return unavailable(image, usedBy, "the engine could not be asked: " + e.getMessage());
        }
        Optional<String> onHost = Optional.empty();
        String hostProblem = "";
        if (host != null) {
            try {
                onHost = host.imageId(image);
            } catch (EngineException e) {
                LOG.warn("asking the host engine for {} failed", image, e);
                hostProblem = "the host engine could not be asked (" + e.getMessage() + "); ";
            }
        }
        if (present.isPresent() && (onHost.isEmpty() || onHost.equals(present))) {
            return new ImageStatus(image, usedBy, ImageStatus.Source.ALREADY_THERE, "");
        }
        if (onHost.isPresent()) {
            // Missing here, or the host's image of that name has changed since it was copied (rebuilt, pulled anew).
            String verb = present.isPresent() ? "Updating" : "Copying";
            try {
                progress.report(verb + " image " + image + " from the host engine…");
                try (InputStream tar = host.saveImages(List.of(image))) {
                    target.loadImages(tar);
                }
                if (target.imageId(image).equals(onHost)) {
                    present.ifPresent(stale -> removeQuietly(stale, image));
                    progress.report("Image " + image + " copied from the host engine");
                    return new ImageStatus(image, usedBy, ImageStatus.Source.STREAMED_FROM_HOST, "");
                }
                hostProblem = "copying it from the host engine did not make it appear; ";
            } catch (EngineException | IOException e) {
                LOG.warn("streaming {} from the host engine failed", image, e);
                hostProblem = "copying it from the host engine failed (" + e.getMessage() + "); ";
            }
            if (present.isPresent()) { // the copy made earlier still runs code
                return new ImageStatus(image, usedBy, ImageStatus.Source.ALREADY_THERE, "");
            }
        }
        try {
            progress.report("Pulling image " + image + "…");
            target.pullImage(image, line -> progress.report("Pulling " + image + ": " + line));
            return new ImageStatus(image, usedBy, ImageStatus.Source.PULLED, "");
        } catch (EngineException e) {
            return unavailable(image, usedBy, hostProblem + "pulling it failed: " + withoutRawJson(e.getMessage())
                    + ". Offline? Load an image bundle (codedrill images load FILE) or build the offline images.");
        }
    }

    private static final java.util.regex.Pattern ENGINE_JSON =
            java.util.regex.Pattern.compile("Status (\\d+): \\{\"message\":\"(.*)\"\\}");

    /** "Status 500: {"message":"Get \"http://…\": dial tcp …"}" as "the engine said: Get "http://…": dial tcp …". */
    static String withoutRawJson(String message) {
        java.util.regex.Matcher m = ENGINE_JSON.matcher(message == null ? "" : message);
        return m.find() ? message.substring(0, m.start()) + "the engine said (" + m.group(1) + "): "
                + m.group(2).replace("\\\"", "\"") + message.substring(m.end()) : String.valueOf(message);
    }

    /** The copy an update replaced, now untagged: a gigabyte of the daemon's volume, unless a container still uses it. */
    private void removeQuietly(String staleId, String image) {
        try {
            target.removeImage(staleId);
        } catch (RuntimeException e) {
            LOG.info("keeping the replaced copy of {} ({}): {}", image, staleId, e.getMessage());
        }
    }

    private static ImageStatus unavailable(String image, List<String> usedBy, String reason) {
        LOG.warn("image {} is unavailable: {}", image, reason);
        return new ImageStatus(image, usedBy, ImageStatus.Source.UNAVAILABLE, reason);
    }
}
