package dev.codedrill.docker.dind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.codedrill.app.AppContext;
import dev.codedrill.app.EngineStartup;
import dev.codedrill.app.RunningEngine;
import dev.codedrill.docker.ContainerSpec;
import dev.codedrill.docker.DockerEngine;
import dev.codedrill.docker.EngineInfo;
import dev.codedrill.docker.ExecRequest;
import dev.codedrill.docker.Labels;
import dev.codedrill.docker.Tar;
import dev.codedrill.docker.images.ImageBundle;
import dev.codedrill.docker.images.ImageProvisioner;
import dev.codedrill.docker.images.ImageStatus;
import dev.codedrill.testing.DindFixture;
import dev.codedrill.testing.DockerCli;
import dev.codedrill.testing.TestEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The private daemon for real: the offline DinD image on the host engine with the compat launch, mutual TLS,
 * images streamed in, pulled from a registry on the daemon's own loopback, recovered after docker kill.
 * One daemon serves the whole class (a cold start streams a 1.2 GB image), so the tests run in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PrivateDaemonTest {

    @TempDir
    static Path dir;

    private DindFixture fixture;
    private AppContext context;
    private RunningEngine running;

    @BeforeAll
    void fixture() {
        fixture = new DindFixture(dir.resolve("main"), "compat");
        context = fixture.context();
    }

    @AfterAll
    void destroy() {
        if (running != null) {
            running.close();
        }
        fixture.destroy();
    }

    private String innerHost() {
        return running.engine().endpoint();
    }

    private Path clientCerts() {
        return context.dirs().dataDir().resolve("dind-tls").resolve("client");
    }

    @Test
    @Order(1)
    void aColdStartOnAnEmptyVolumeReachesReadyWithEveryImageStreamedFromTheHost() throws Exception {
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Long> answeredAt = new ArrayList<>();
        running = new EngineStartup(context).start(message -> {
            progress.add(message);
            System.out.printf("%6d ms  %s%n", (System.nanoTime() - start) / 1_000_000, message);
            if (message.startsWith("Private Docker daemon ready")) {
                answeredAt.add(System.nanoTime());
            }
        });
        long ready = System.nanoTime();
        System.out.printf("cold start: inner daemon answers after %d ms, all images present after %d ms%n",
                (answeredAt.get(0) - start) / 1_000_000, (ready - start) / 1_000_000);

        assertThat(progress).contains("Creating the private Docker daemon")
                .anyMatch(m -> m.matches("Waiting for Docker to start… \\(attempt 1/60\\)"))
                .contains("Copying image " + TestEngine.runnerImage() + " from the host engine…")
                .contains("All images present");
        assertThat(running.images()).singleElement().satisfies(image -> {
            assertThat(image.source()).isEqualTo(ImageStatus.Source.STREAMED_FROM_HOST);
            assertThat(image.usedBy()).containsExactly("python", "javascript", "java", "cpp", "go", "php", "rust");
        });
        assertThat(innerHost()).startsWith("tcp://127.0.0.1:");
        assertThat(runPython(running.engine(), "print(6 * 7)")).isEqualTo("42\n");
    }

    @Test
    @Order(2)
    void theDaemonsContainerHasTheMemoryAndPidsCapsOfTheConfig() {
        String id = running.dind().orElseThrow().find().orElseThrow().id();
        String caps = DockerCli.ok(DockerCli.run("inspect", "-f", "{{.HostConfig.Memory}} {{.HostConfig.PidsLimit}}",
                id));
        // the built-in defaults: 8192 MB, 8192 processes
        assertThat(caps.strip()).isEqualTo((8192L * 1024 * 1024) + " 8192");
    }

    @Test
    @Order(2)
    void sandboxesMadeAndRemovedInTheDaemonLeaveNoZombieProcessesInItsContainer() throws InterruptedException {
        String id = running.dind().orElseThrow().find().orElseThrow().id();
        for (int i = 0; i < 3; i++) {
            assertThat(runPython(running.engine(), "print(1)")).isEqualTo("1\n");
        }
        // each sandbox's containerd-shim ends as an orphan of the daemon's container, a moment after its removal
        String zombies = "";
        for (int i = 0; i < 50; i++) {
            zombies = DockerCli.ok(DockerCli.run("exec", id, "sh", "-c",
                    "for s in /proc/[0-9]*/stat; do read -r _ c st _ < \"$s\" && [ \"$st\" = Z ] && echo \"$c\"; done;"
                            + " true"));
            if (zombies.isBlank()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(zombies).as("zombie processes in the daemon's container").isBlank();
        assertThat(DockerCli.ok(DockerCli.run("inspect", "-f", "{{.HostConfig.Init}}", id)).strip()).isEqualTo("true");
    }

    @Test
    @Order(2)
    void theDaemonRemapsUsersAndTheCompatLaunchLeavesProcUnmaskedForItsUserNamespaces() {
        String id = running.dind().orElseThrow().find().orElseThrow().id();
        String seen = DockerCli.ok(DockerCli.run("inspect", "-f",
                "{{json .HostConfig.MaskedPaths}} {{json .HostConfig.ReadonlyPaths}} {{json .Args}}", id));
        assertThat(seen).startsWith("[] [] ").contains("\"--userns-remap=default\"");
        String info = DockerCli.ok(DockerCli.runTls(innerHost(), clientCerts(), "info", "-f",
                "{{json .SecurityOptions}} {{.DockerRootDir}}"));
        assertThat(info).contains("name=userns").contains("/var/lib/docker/100000.100000");
    }

    @Test
    @Order(2)
    void thePortIsPublishedOnLoopbackOnlyAndTheClientKeyIsTheOwnersAlone() throws IOException {
        String id = running.dind().orElseThrow().find().orElseThrow().id();
        String ports = DockerCli.ok(DockerCli.run("port", id, "2376"));
        assertThat(ports.strip().lines()).allMatch(line -> line.startsWith("127.0.0.1:"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(clientCerts().resolve("key.pem"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(clientCerts())))
                .isEqualTo("rwx------");
    }

    @Test
    @Order(3)
    void aPlainHttpRequestToTheDaemonIsRefused() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(innerHost().replace("tcp://", "http://") + "/_ping"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("OK").contains("HTTPS");
    }

    @Test
    @Order(4)
    void aTlsRequestWithoutTheClientCertificateIsRefused() throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream ca = Files.newInputStream(clientCerts().resolve("ca.pem"))) {
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(ca));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create(innerHost().replace("tcp://", "https://") + "/_ping"))
                .timeout(Duration.ofSeconds(10)).build();

        assertThatThrownBy(() -> client.send(ping, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        // while the app's client, with its certificate, is served
        assertThat(running.engine().ping().version()).isNotBlank();
    }

    @Test
    @Order(5)
    void anImageIsPulledFromALocalRegistryWithProgress() throws Exception {
        String dindId = running.dind().orElseThrow().find().orElseThrow().id();
        DockerEngine host = running.host();
        // A registry (Debian's docker-registry) inside the DinD container's own network namespace: the inner
        // daemon reaches it on 127.0.0.1, so nothing leaves loopback.
        String registryConfig = "version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: /tmp/registry\n"
                + "http:\n  addr: 127.0.0.1:5000\n";
        host.copyTar(dindId, "/", new ByteArrayInputStream(Tar.ownedBy(0)
                .file("registry/docker-registry", Files.readAllBytes(Path.of("/usr/bin/docker-registry")), 0755)
                .file("registry/config.yml", registryConfig).toBytes()));
        host.exec(dindId, ExecRequest.of("65534", Duration.ofSeconds(10), "sh", "-c",
                "nohup /registry/docker-registry serve /registry/config.yml > /tmp/registry.log 2>&1 &"));
        String image = "127.0.0.1:5000/codedrill/tiny:1";
        Path tiny = dir.resolve("tiny.tar");
        Files.write(tiny, Tar.ownedBy(0).file("hello.txt", "hello from the registry\n").toBytes());
        DockerCli.ok(DockerCli.runTls(innerHost(), clientCerts(), "import", tiny.toString(), image));
        DockerCli.Result push = null;
        for (int i = 0; i < 20 && (push == null || push.exit() != 0); i++) {
            Thread.sleep(250); // until the registry listens
            push = DockerCli.runTls(innerHost(), clientCerts(), "push", image);
        }
        DockerCli.ok(push);
        DockerCli.ok(DockerCli.runTls(innerHost(), clientCerts(), "rmi", image));
        assertThat(running.engine().imagePresent(image)).isFalse();

        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        ImageStatus status = new ImageProvisioner(host, running.engine()).ensure(image, List.of("tiny"), progress::add);

        assertThat(status.source()).isEqualTo(ImageStatus.Source.PULLED);
        assertThat(running.engine().imagePresent(image)).isTrue();
        assertThat(progress).contains("Pulling image " + image + "…").anyMatch(m -> m.contains("Pull complete")
                || m.contains("Downloaded newer image") || m.contains("Status"));
    }

    @Test
    @Order(6)
    void anImageBundleCarriesImagesToADaemonThatLacksThem() throws Exception {
        String image = "127.0.0.1:5000/codedrill/tiny:1"; // pulled by the previous test
        Path bundle = dir.resolve("bundle.tar.gz");
        long bytes = ImageBundle.save(running.engine(), List.of(image), bundle);
        assertThat(bytes).isPositive();
        assertThat(dir.resolve("bundle.tar.gz.partial")).doesNotExist();
        DockerCli.ok(DockerCli.runTls(innerHost(), clientCerts(), "rmi", image));
        assertThat(running.engine().imagePresent(image)).isFalse();

        ImageBundle.load(running.engine(), bundle);

        assertThat(running.engine().imagePresent(image)).isTrue();
        assertThatThrownBy(() -> ImageBundle.load(running.engine(), dir.resolve("no-such-bundle.tar")))
                .hasMessageContaining("no image bundle at");
    }

    @Test
    @Order(6)
    void anImageRebuiltOnTheHostUnderTheSameNameReplacesTheDaemonsStaleCopy() throws Exception {
        String image = "codedrill/tiny-host:1";
        ImageProvisioner provisioner = new ImageProvisioner(running.host(), running.engine());
        try {
            Path first = dir.resolve("first.tar");
            Files.write(first, Tar.ownedBy(0).file("version.txt", "first\n").toBytes());
            DockerCli.ok(DockerCli.run("import", first.toString(), image));
            assertThat(provisioner.ensure(image, List.of("tiny"), m -> { }).source())
                    .isEqualTo(ImageStatus.Source.STREAMED_FROM_HOST);
            String stale = running.engine().imageId(image).orElseThrow();

            Path second = dir.resolve("second.tar");
            Files.write(second, Tar.ownedBy(0).file("version.txt", "second, rebuilt\n").toBytes());
            DockerCli.ok(DockerCli.run("import", second.toString(), image));
            List<String> progress = Collections.synchronizedList(new ArrayList<>());
            ImageStatus updated = provisioner.ensure(image, List.of("tiny"), progress::add);

            assertThat(updated.source()).isEqualTo(ImageStatus.Source.STREAMED_FROM_HOST);
            assertThat(progress).contains("Updating image " + image + " from the host engine…");
            assertThat(running.engine().imageId(image)).isEqualTo(running.host().imageId(image)).isNotEqualTo(
                    java.util.Optional.of(stale));
            assertThat(running.engine().imageId(stale)).as("the replaced copy is removed").isEmpty();
            assertThat(provisioner.ensure(image, List.of("tiny"), m -> { }).source())
                    .as("the same image again is left alone").isEqualTo(ImageStatus.Source.ALREADY_THERE);
        } finally {
            DockerCli.run("rmi", image);
        }
    }

    @Test
    @Order(6)
    void anImageThatCannotBeHadIsUnavailableWithTheReasonWhileOthersWork() {
        String image = "127.0.0.1:1/codedrill/nowhere:1"; // a closed port on loopback: refused at once
        ImageStatus status = new ImageProvisioner(running.host(), running.engine())
                .ensure(image, List.of("cobol"), m -> { });
        assertThat(status.available()).isFalse();
        assertThat(status.reason()).contains("pulling it failed").contains("codedrill images load");
        assertThat(runPython(running.engine(), "print('others still work')")).isEqualTo("others still work\n");
    }

    @Test
    @Order(7)
    void orphansOfAnEarlierSessionAreRemovedAtStartAndNothingElse() throws Exception {
        DockerEngine inner = running.engine();
        // a crash: the session's lock file is left in the data dir, but no process holds it any more
        Path sessions = context.dirs().dataDir().resolve("sessions");
        Files.writeString(sessions.resolve("crashed-session.lock"), "");
        inner.createVolume("crashed-session-work", Map.of(), Map.of(Labels.SESSION, "crashed-session"));
        String orphan = inner.create(sandbox("orphan").label(Labels.SESSION, "crashed-session").build());
        // another installation's (no lock file here), and this process's own running session
        String someoneElses = inner.create(sandbox("other").label(Labels.SESSION, "their-session").build());
        String live = inner.create(sandbox("live").label(Labels.SESSION, context.sessionId()).build());
        try {
            AppContext restarted = fixture.context(); // same installation, a new session
            try (RunningEngine again = new EngineStartup(restarted).start(m -> { })) {
                List<String> left = again.engine().list(Map.of(Labels.APP, Labels.APP_VALUE)).stream()
                        .map(c -> c.id()).toList();
                assertThat(left).doesNotContain(orphan).contains(someoneElses, live);
                assertThat(again.engine().listVolumes(Map.of(Labels.SESSION, "crashed-session"))).isEmpty();
                assertThat(sessions.resolve("crashed-session.lock")).doesNotExist();
                assertThat(sessions.resolve(restarted.sessionId() + ".lock")).exists();
            }
            assertThat(sessions.resolve(restarted.sessionId() + ".lock")).as("removed on a clean exit").doesNotExist();
        } finally {
            inner.remove(someoneElses);
            inner.remove(live);
        }
    }

    @Test
    @Order(8)
    void aRunningDaemonWithTheSameSettingsIsReused() throws Exception {
        String before = running.dind().orElseThrow().find().orElseThrow().id();
        List<String> progress = new ArrayList<>();
        try (RunningEngine again = new EngineStartup(fixture.context()).start(progress::add)) {
            assertThat(progress).contains("Reusing the running private Docker daemon");
            assertThat(again.dind().orElseThrow().find().orElseThrow().id()).isEqualTo(before);
            assertThat(again.images()).allMatch(i -> i.source() == ImageStatus.Source.ALREADY_THERE);
        }
    }

    @Test
    @Order(9)
    void hostModeRunsOnTheHostEngineAndRemoteModeOnATlsEndpoint() throws Exception {
        Path hostConfig = dir.resolve("host.json");
        Files.writeString(hostConfig, "{\"docker\": {\"mode\": \"host\"}, \"languages\": {\"python\": {\"image\": \""
                + TestEngine.runnerImage() + "\"}, \"javascript\": {\"image\": \"" + TestEngine.runnerImage()
                + "\"}, \"java\": {\"image\": \"" + TestEngine.runnerImage() + "\"}, \"cpp\": {\"image\": \""
                + TestEngine.runnerImage() + "\"}, \"go\": {\"image\": \"" + TestEngine.runnerImage()
                + "\"}, \"php\": {\"image\": \"" + TestEngine.runnerImage() + "\"}}, \"dataDir\": \""
                + dir.resolve("host-data") + "\"}");
        try (RunningEngine host = new EngineStartup(AppContext.load(hostConfig)).start(m -> { })) {
            assertThat(host.dind()).isEmpty();
            assertThat(host.engine().endpoint()).doesNotStartWith("tcp://127.0.0.1");
            assertThat(runPython(host.engine(), "print('on the host engine')")).isEqualTo("on the host engine\n");
        }
        // "remote": any engine over TLS; the private daemon is one, reached on loopback with its client certificates
        Path remoteConfig = dir.resolve("remote.json");
        Files.writeString(remoteConfig, Files.readString(hostConfig)
                .replace("\"mode\": \"host\"", "\"mode\": \"remote\", \"host\": \"" + innerHost() + "\", \"certDir\": \""
                        + clientCerts() + "\""));
        try (RunningEngine remote = new EngineStartup(AppContext.load(remoteConfig)).start(m -> { })) {
            assertThat(remote.engine().endpoint()).isEqualTo(innerHost());
            assertThat(runPython(remote.engine(), "print('remote over TLS')")).isEqualTo("remote over TLS\n");
        }
    }

    @Test
    @Order(10)
    void aWarmStartFindsTheImagesAlreadyInTheVolume() throws Exception {
        running.close();
        DockerCli.ok(DockerCli.run("rm", "-f", fixture.name)); // the volume stays
        List<String> progress = new ArrayList<>();
        long start = System.nanoTime();
        running = new EngineStartup(fixture.context()).start(progress::add);
        System.out.printf("warm start (new container, images in the volume): ready after %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(progress).contains("Creating the private Docker daemon").contains("All images present");
        assertThat(running.images()).allMatch(i -> i.source() == ImageStatus.Source.ALREADY_THERE);
        assertThat(runPython(running.engine(), "print('warm')")).isEqualTo("warm\n");
    }

    @Test
    @Order(11)
    void aDaemonKilledFromOutsideIsNoticedAndRecoveredAndCodeRunsAfterwards() throws Exception {
        CountDownLatch down = new CountDownLatch(1);
        CountDownLatch back = new CountDownLatch(1);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        running = new EngineStartup(context).watch(running, new DindHealthMonitor.Listener() {
            @Override
            public void down(String reason) {
                events.add("down: " + reason);
                down.countDown();
            }

            @Override
            public void back(EngineInfo info) {
                events.add("back: " + info.version());
                back.countDown();
            }

            @Override
            public void recoveryFailed(String reason) {
                events.add("failed: " + reason);
            }
        }, Duration.ofSeconds(1));

        long killed = System.nanoTime();
        DockerCli.ok(DockerCli.run("kill", fixture.name));

        assertThat(down.await(10, TimeUnit.SECONDS)).as("noticed within 10 s: %s", events).isTrue();
        System.out.printf("killed DinD noticed after %d ms%n", (System.nanoTime() - killed) / 1_000_000);
        assertThat(back.await(90, TimeUnit.SECONDS)).as("recovered: %s", events).isTrue();
        System.out.printf("killed DinD back after %d ms%n", (System.nanoTime() - killed) / 1_000_000);
        assertThat(events.get(0)).contains("container stopped");
        assertThat(runPython(running.engine(), "print('after the restart')")).isEqualTo("after the restart\n");
    }

    @Test
    @Order(12)
    void aLaunchTheEngineRefusesEndsInAClearErrorWithTheLikelyCauseAndTheLogs() throws Exception {
        // This machine's kernel refuses --privileged ("unable to apply caps"): the error must say to use compat.
        // On an engine that allows it, the daemon simply starts.
        DindFixture privileged = new DindFixture(dir.resolve("privileged"), "privileged");
        try {
            try (RunningEngine started = new EngineStartup(privileged.context()).start(m -> { })) {
                assertThat(started.engine().ping().version()).isNotBlank();
            } catch (DindStartException e) {
                assertThat(e.getMessage()).contains("did not start").contains("launch privileged")
                        .contains("Likely cause").contains("\"launch\": \"compat\"");
            }
        } finally {
            privileged.destroy();
        }
    }

    private static ContainerSpec.Builder sandbox(String name) {
        return TestEngine.sandbox("private-daemon-" + name);
    }

    private static String runPython(DockerEngine engine, String program) {
        String id = engine.create(sandbox("run").build());
        try {
            engine.start(id);
            return engine.exec(id, ExecRequest.of(TestEngine.SANDBOX_USER, Duration.ofSeconds(30),
                    "python3", "-c", program)).stdoutText();
        } finally {
            engine.remove(id);
        }
    }
}
