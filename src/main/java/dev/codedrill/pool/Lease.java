package dev.codedrill.pool;

import dev.codedrill.docker.PreparedExec;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A container lent to one borrower. Closing it gives the container back; the reset happens in the background.
 * Report a suspect run with {@link #markSuspect} before closing, so the container is destroyed instead of reused.
 */
public final class Lease implements AutoCloseable {

    private final ContainerPool pool;
    private final PooledContainer entry;
    private final String language;
    private final AtomicBoolean returned = new AtomicBoolean();
    private volatile ReturnCondition condition = ReturnCondition.CLEAN;

    Lease(ContainerPool pool, PooledContainer entry, String language) {
        this.pool = pool;
        this.entry = entry;
        this.language = language;
    }

    public String containerId() {
        return entry.id();
    }

    public String language() {
        return language;
    }

    /** Where the run's files go (a tar copied here) and where it runs. */
    public String workDir() {
        return SandboxFactory.WORK_DIR;
    }

    /** The user every exec in the sandbox runs as. */
    public String user() {
        return SandboxFactory.USER;
    }

    /** Records how the run went; a suspect condition sticks (a later CLEAN does not undo it). */
    public void markSuspect(ReturnCondition value) {
        synchronized (this) {
            condition = condition.worst(value);
        }
    }

    public ReturnCondition condition() {
        return condition;
    }

    /** Unpacks a tar (source, harness, test input) into the work dir, as the sandbox user. */
    public void copyIn(byte[] tar) {
        pool.copyIn(this, tar);
    }

    /** Changes the container's memory limit for this run (compile under a generous one); the reset puts it back. */
    public void setMemoryLimit(long bytes) {
        pool.setMemoryLimit(this, bytes, true);
    }

    /**
     * Gives the container this memory limit for this run and keeps it afterwards: the pool remembers each container's
     * limit, so a borrower asking for the limit the container already has costs no round trip to the engine (the
     * judge asks for the problem's limit on every borrow, and most problems share one).
     */
    public void useMemoryLimit(long bytes) {
        pool.setMemoryLimit(this, bytes, false);
    }

    /**
     * The next of the execs the pool started in the container after its last reset, each waiting for a script on
     * its stdin ({@link SandboxFactory#PREPARED}): feeding one saves starting an exec. A compiled language's
     * container has two (compile, run), an interpreted one's one. Null when none is left (or waiting). The borrower
     * closes what it takes; the reset closes the others.
     */
    public PreparedExec takePreparedExec() {
        return pool.takePrepared(this);
    }

    /** Gives the container back with the recorded condition; a second close does nothing. */
    @Override
    public void close() {
        pool.giveBack(this, condition);
    }

    PooledContainer entry() {
        return entry;
    }

    boolean markReturned() {
        return returned.compareAndSet(false, true);
    }

    boolean returned() {
        return returned.get();
    }
}
