package dev.codedrill.docker;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what an earlier run of this installation left behind after a crash: containers (and their volumes) with
 * the app's label from a session that is this installation's and no longer alive. Never touches anything else —
 * another running session, another user's CodeDrill, anyone else's containers.
 */
public final class OrphanSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweeper.class);

    private OrphanSweeper() {
    }

    /**
     * @param deadSessionOfMine whether a session id is this installation's and nobody runs it any more
     * @return the container ids removed
     */
    public static List<String> sweep(DockerEngine engine, String currentSession, Predicate<String> deadSessionOfMine) {
        Set<String> deadSessions = new LinkedHashSet<>();
        List<String> orphans = engine.list(Map.of(Labels.APP, Labels.APP_VALUE)).stream()
                .filter(c -> !"dind".equals(c.labels().get(Labels.ROLE)))
                .filter(c -> {
                    String session = c.labels().get(Labels.SESSION);
                    if (session == null || session.equals(currentSession) || !deadSessionOfMine.test(session)) {
                        return false;
                    }
                    deadSessions.add(session);
                    return true;
                })
                .map(ContainerState::id)
                .toList();
        for (String id : orphans) {
            try {
                engine.remove(id);
            } catch (EngineException e) {
                LOG.warn("could not remove orphan container {}", id, e);
            }
        }
        for (String session : deadSessions) {
            try {
                for (String volume : engine.listVolumes(Map.of(Labels.APP, Labels.APP_VALUE, Labels.SESSION, session))) {
                    engine.removeVolume(volume);
                }
            } catch (EngineException | UnsupportedOperationException e) {
                LOG.warn("could not remove the volumes of session {}", session, e);
            }
        }
        if (!orphans.isEmpty()) {
            LOG.info("removed {} orphan container(s) of {} earlier session(s)", orphans.size(), deadSessions.size());
        }
        return orphans;
    }
}
