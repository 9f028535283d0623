package dev.codedrill.docker;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes containers an earlier run of this installation left behind after a crash: those with the app's label and
 * this owner, from another session. Never touches anything else (other users' CodeDrill, anyone's containers).
 */
public final class OrphanSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweeper.class);

    private OrphanSweeper() {
    }

    /** Returns the ids removed. */
    public static List<String> sweep(DockerEngine engine, String owner, String currentSession) {
        List<String> orphans = engine.list(Map.of(Labels.APP, Labels.APP_VALUE, Labels.OWNER, owner)).stream()
                .filter(c -> !currentSession.equals(c.labels().get(Labels.SESSION)))
                .filter(c -> !"dind".equals(c.labels().get(Labels.ROLE)))
                .map(ContainerState::id)
                .toList();
        for (String id : orphans) {
            try {
                engine.remove(id);
            } catch (EngineException e) {
                LOG.warn("could not remove orphan container {}", id, e);
            }
        }
        if (!orphans.isEmpty()) {
            LOG.info("removed {} orphan container(s) of an earlier session", orphans.size());
        }
        return orphans;
    }
}
