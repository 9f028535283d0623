package dev.codedrill.app;

import ch.qos.logback.core.PropertyDefinerBase;

/** Gives logback.xml the {@link LogFile} path (a {@code <define>}), so the file and the messages agree. */
public final class LogFileProperty extends PropertyDefinerBase {

    @Override
    public String getPropertyValue() {
        return LogFile.path().toString();
    }
}
