package dev.codedrill.docker;

/** What a ping learned about an engine. */
public record EngineInfo(String endpoint, String version, String apiVersion, String os, String arch) {
    public String describe() {
        return "Docker " + version + " (API " + apiVersion + ", " + os + "/" + arch + ") at " + endpoint;
    }
}
