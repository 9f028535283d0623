package dev.codedrill.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The docker CLI, for test set-up and for acting "from outside" the app (docker kill). */
public final class DockerCli {

    private DockerCli() {
    }

    public record Result(int exit, String output) {
    }

    /** Runs docker against the host engine. */
    public static Result run(String... args) {
        return runWith(List.of(), args);
    }

    /** Runs docker against a TLS engine (the private daemon) with the client certificates in {@code certDir}. */
    public static Result runTls(String host, Path certDir, String... args) {
        return runWith(List.of("--tlsverify", "--tlscacert", certDir.resolve("ca.pem").toString(),
                "--tlscert", certDir.resolve("cert.pem").toString(), "--tlskey", certDir.resolve("key.pem").toString(),
                "-H", host), args);
    }

    private static Result runWith(List<String> prefix, String... args) {
        List<String> cmd = new ArrayList<>(List.of("docker"));
        cmd.addAll(prefix);
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s finishes", cmd).isTrue();
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + cmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs and insists on success. */
    public static String ok(Result result) {
        assertThat(result.exit()).as(result.output()).isZero();
        return result.output();
    }
}
