package dev.codedrill.docker.dind;

import dev.codedrill.docker.EngineException;

/** The private daemon did not come up; the message carries the likely cause and the container's last log lines. */
public class DindStartException extends EngineException {
    public DindStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
