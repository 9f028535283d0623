package dev.codedrill.config;

/** A config file that cannot be used; the message names the file and the JSON path of the fault. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
