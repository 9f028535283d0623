package dev.codedrill.docker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closing what docker-java hands out (clients, callbacks) where a failure to close changes nothing. */
final class Closing {

    private static final Logger LOG = LoggerFactory.getLogger(Closing.class);

    private Closing() {
    }

    static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("close failed", e);
        }
    }
}
