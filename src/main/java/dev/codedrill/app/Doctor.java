package dev.codedrill.app;

import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineException;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.EngineUnavailableException;
import dev.codedrill.lang.Language;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Walks what code needs to run and says, one line each, what is fine and what to do about the rest. */
public final class Doctor {

    private final AppContext context;

    public Doctor(AppContext context) {
        this.context = context;
    }

    public List<DoctorCheck> run(DockerEngine hostEngine) {
        List<DoctorCheck> checks = new ArrayList<>();
        checks.add(DoctorCheck.ok("config", context.configOrigin()));
        EngineInfo info;
        try {
            info = hostEngine.ping();
        } catch (EngineUnavailableException e) {
            checks.add(DoctorCheck.problem("host engine", e.getMessage().replace(". " + e.nextStep(), ""), e.nextStep()));
            return checks;
        }
        checks.add(DoctorCheck.ok("host engine", info.describe()));
        for (Map.Entry<String, String> image : imagesToCheck().entrySet()) {
            checks.add(checkImage(hostEngine, image.getKey(), image.getValue()));
        }
        return checks;
    }

    public static boolean allOk(List<DoctorCheck> checks) {
        return checks.stream().allMatch(DoctorCheck::ok);
    }

    /** Image → who uses it ("dind", or the languages), in a stable order. */
    private Map<String, String> imagesToCheck() {
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (Language language : context.languages().all()) {
            users.computeIfAbsent(language.image(), k -> new ArrayList<>()).add(language.id());
        }
        users.computeIfAbsent(context.settings().docker().dind().image(), k -> new ArrayList<>()).add("private daemon");
        return users.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.join(", ", e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }

    private static DoctorCheck checkImage(DockerEngine engine, String image, String usedBy) {
        String subject = "image " + image;
        try {
            if (engine.imagePresent(image)) {
                return DoctorCheck.ok(subject, "present (" + usedBy + ")");
            }
            return DoctorCheck.problem(subject, "missing (" + usedBy + ")",
                    image.startsWith("codedrill/") ? "build it: sudo packaging/images/build-offline-images.sh"
                            : "pull it: docker pull " + image + " (offline: use packaging/images/offline.json)");
        } catch (EngineException e) {
            return DoctorCheck.problem(subject, e.getMessage(), "check the Docker engine");
        }
    }
}
