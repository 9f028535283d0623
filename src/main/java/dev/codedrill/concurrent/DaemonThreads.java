package dev.codedrill.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads with names that say what they do, so that a thread dump or a log line shows whose work it is, and
 * none of them keeps the JVM alive when the window or a CLI command ends (docs/architecture.md#threads).
 */
public final class DaemonThreads implements ThreadFactory {

    private final ThreadGroup group;
    private final String name;
    private final boolean numbered;
    private final AtomicInteger count = new AtomicInteger();

    private DaemonThreads(ThreadGroup group, String name, boolean numbered) {
        this.group = group;
        this.name = name;
        this.numbered = numbered;
    }

    /** Threads all named {@code name}: for an executor with one thread, or threads that live one after another. */
    public static DaemonThreads named(String name) {
        return new DaemonThreads(null, name, false);
    }

    /** Threads named {@code prefix-1}, {@code prefix-2}, …: for an executor with several threads at once. */
    public static DaemonThreads numbered(String prefix) {
        return new DaemonThreads(null, prefix, true);
    }

    /** Numbered threads in {@code group}, whose handler sees what they throw. */
    public static DaemonThreads numbered(ThreadGroup group, String prefix) {
        return new DaemonThreads(group, prefix, true);
    }

    /** Starts {@code work} on a new daemon thread named {@code name}. */
    public static Thread start(String name, Runnable work) {
        Thread thread = named(name).newThread(work);
        thread.start();
        return thread;
    }

    @Override
    public Thread newThread(Runnable work) {
        String threadName = numbered ? name + "-" + count.incrementAndGet() : name;
        Thread thread = group == null ? new Thread(work, threadName) : new Thread(group, work, threadName);
        thread.setDaemon(true);
        return thread;
    }
}
