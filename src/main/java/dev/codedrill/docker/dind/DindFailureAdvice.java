package dev.codedrill.docker.dind;

import java.util.Locale;

/** Reads a failed start (error text and the daemon's log) and says the likely cause and what to do. */
final class DindFailureAdvice {

    private DindFailureAdvice() {
    }

    static String likelyCause(String errorAndLogs) {
        String text = errorAndLogs.toLowerCase(Locale.ROOT);
        if (text.contains("unable to apply caps") || text.contains("apply caps")) {
            return "This engine refuses --privileged containers (\"unable to apply caps\"). "
                    + "Set \"docker\": {\"dind\": {\"launch\": \"compat\"}} in the config.";
        }
        if (text.contains("read-only file system") && text.contains("cgroup")) {
            return "The daemon cannot create cgroups (read-only /sys/fs/cgroup). Use the privileged launch, "
                    + "or the compat launch, which binds /sys/fs/cgroup read-write.";
        }
        if (text.contains("executable file not found") || text.contains("no such file or directory")
                && text.contains("dockerd")) {
            return "The DinD image has no dockerd: check docker.dind.image in the config.";
        }
        if (text.contains("address already in use")) {
            return "A port the daemon needs is taken: stop what uses it, or run 'codedrill dind stop' and retry.";
        }
        if (text.contains("operation not permitted") || text.contains("permission denied")) {
            return "The DinD container lacks a right it needs: try \"launch\": \"privileged\" or \"compat\".";
        }
        return "Check 'docker logs' of the DinD container, and docker.dind.image / docker.dind.launch in the config.";
    }
}
