package dev.codedrill.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.model.Frame;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs commands in containers for {@link DockerJavaEngine}: an exec with its output capped and its deadline kept
 * (killing the user's processes when it passes), an exec prepared with its stdin attached and fed later, and the
 * kill of a user's processes with a second exec.
 */
final class ExecRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ExecRunner.class);
    /** How long a killed command may take to let go of its stream before we abandon it. */
    private static final long KILL_GRACE_MS = 5_000;

    private final DockerClient client;
    private final EngineEndpoint endpoint;
    private final ConnectionRefill refill;

    ExecRunner(DockerClient client, EngineEndpoint endpoint) {
        this.client = client;
        this.endpoint = endpoint;
        this.refill = new ConnectionRefill(client);
    }

    ExecResult exec(String containerId, ExecRequest request) {
        long started = System.nanoTime();
        String execId = createExec(containerId, request, true);
        CappedOutputCallback output = new CappedOutputCallback(request.stdoutLimit(), request.stderrLimit());
        try {
            client.execStartCmd(execId).exec(output);
        } catch (RuntimeException e) {
            Closing.quietly(output);
            throw failure("start " + request.cmd() + " in " + containerId, e);
        }
        refill.replaceTaken();
        return await(containerId, request, execId, output, started, started + request.timeout().toNanos());
    }

    PreparedExec prepareExec(String containerId, ExecRequest request) {
        String execId = createExec(containerId, request, true, true, "prepare ");
        FedInput input = new FedInput();
        CappedOutputCallback output = new CappedOutputCallback(request.stdoutLimit(), request.stderrLimit());
        try {
            client.execStartCmd(execId).withStdIn(input).exec(output);
        } catch (RuntimeException e) {
            input.end();
            Closing.quietly(output);
            throw failure("start " + request.cmd() + " in " + containerId, e);
        }
        refill.replaceTaken();
        return new Prepared(containerId, request, execId, input, output);
    }

    /** An exec started with its stdin attached, waiting for its input. */
    private final class Prepared implements PreparedExec {
        private final String containerId;
        private final ExecRequest request;
        private final String execId;
        private final FedInput input;
        private final CappedOutputCallback output;
        private final AtomicBoolean used = new AtomicBoolean();

        Prepared(String containerId, ExecRequest request, String execId, FedInput input, CappedOutputCallback output) {
            this.containerId = containerId;
            this.request = request;
            this.execId = execId;
            this.input = input;
            this.output = output;
        }

        @Override
        public boolean waiting() {
            return !used.get() && !output.ended() && output.error() == null;
        }

        @Override
        public ExecResult feed(byte[] bytes, int stdoutLimit, int stderrLimit, Duration timeout) {
            if (!used.compareAndSet(false, true)) {
                throw new IllegalStateException("a prepared exec is fed once");
            }
            long started = System.nanoTime();
            output.limits(stdoutLimit, stderrLimit);
            input.feed(bytes);
            ExecRequest fed = request.withLimits(stdoutLimit, stderrLimit);
            return await(containerId, fed, execId, output, started, started + timeout.toNanos());
        }

        @Override
        public Optional<ExecResult> awaitLine(String line, Duration timeout) {
            if (used.get()) {
                throw new IllegalStateException("a prepared exec already fed or closed");
            }
            long started = System.nanoTime();
            try {
                if (output.awaitStdoutLine(line, timeout.toNanos())) {
                    output.forget();
                    return Optional.empty();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                killQuietly(containerId, request.user());
                throw new EngineException("interrupted while waiting for " + request.cmd() + " in " + containerId, e);
            }
            used.set(true);
            input.end();
            // ended, past a limit, or out of time (a deadline already here: its processes are killed)
            return Optional.of(await(containerId, request, execId, output, started, System.nanoTime()));
        }

        @Override
        public void close() {
            used.set(true);
            input.end();
            Closing.quietly(output);
        }
    }

    /** Waits for a started exec as {@link DockerEngine#exec} describes, then closes its callback. */
    private ExecResult await(String containerId, ExecRequest request, String execId, CappedOutputCallback output,
                             long started, long deadline) {
        boolean timedOut = false;
        boolean ended;
        try {
            boolean signalled = output.awaitEndOrOverflow(deadline - System.nanoTime());
            if (!signalled || output.overflowed()) {
                // Closing the stream would not stop the command: kill its processes, then drain what is left.
                timedOut = !signalled;
                killProcessesOf(containerId, request.user());
            }
            ended = output.awaitEnd(KILL_GRACE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killQuietly(containerId, request.user());
            throw new EngineException("interrupted while running " + request.cmd() + " in " + containerId, e);
        } finally {
            Closing.quietly(output);
        }
        if (output.error() != null) {
            throw failure("read the output of " + request.cmd() + " in " + containerId, output.error());
        }
        Integer exitCode = ended ? exitCode(execId) : null;
        return new ExecResult(exitCode, output.stdout().toByteArray(), output.stderr().toByteArray(),
                output.stdout().truncated(), output.stderr().truncated(), timedOut,
                Duration.ofNanos(System.nanoTime() - started));
    }

    void killProcessesOf(String containerId, String user) {
        // kill(-1) signals every process this uid may signal except PID 1 and the caller: never run it as root.
        ExecRequest kill = ExecRequest.of(user, Duration.ofSeconds(5), "sh", "-c", "kill -9 -1 2>/dev/null; true");
        String execId = createExec(containerId, kill, false);
        ResultCallback.Adapter<Frame> done = new ResultCallback.Adapter<>();
        try {
            client.execStartCmd(execId).exec(done);
            if (!done.awaitCompletion(kill.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("kill of user {} processes in {} did not finish in time", user, containerId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Closing.quietly(done);
        }
    }

    private void killQuietly(String containerId, String user) {
        try {
            killProcessesOf(containerId, user);
        } catch (RuntimeException e) {
            LOG.warn("could not kill user {} processes in {}", user, containerId, e);
        }
    }

    private String createExec(String containerId, ExecRequest request, boolean attach) {
        return createExec(containerId, request, attach, false, "start ");
    }

    /** Creates the exec (not started), its output attached or not, and its stdin for a prepared exec. */
    private String createExec(String containerId, ExecRequest request, boolean attach, boolean stdin, String verb) {
        try {
            var create = client.execCreateCmd(containerId)
                    .withCmd(request.cmd().toArray(String[]::new))
                    .withUser(request.user())
                    .withAttachStdin(stdin)
                    .withAttachStdout(attach)
                    .withAttachStderr(attach);
            if (request.workDir() != null) {
                create.withWorkingDir(request.workDir());
            }
            if (!request.env().isEmpty()) {
                create.withEnv(request.env());
            }
            return create.exec().getId();
        } catch (RuntimeException e) {
            throw failure(verb + request.cmd() + " in " + containerId, e);
        }
    }

    private Integer exitCode(String execId) {
        // The stream can end a moment before the engine records the exit code.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        do {
            InspectExecResponse r = client.inspectExecCmd(execId).exec();
            if (!Boolean.TRUE.equals(r.isRunning()) && r.getExitCodeLong() != null) {
                return r.getExitCodeLong().intValue();
            }
            sleep(10);
        } while (System.nanoTime() < until);
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private EngineException failure(String what, Throwable e) {
        return EngineErrors.failed(endpoint, what, e);
    }
}
