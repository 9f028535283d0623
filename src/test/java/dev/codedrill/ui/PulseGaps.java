package dev.codedrill.ui;

import dev.codedrill.testing.Fx;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;

/**
 * Measures how long the JavaFX thread is kept from its pulse. An {@link AnimationTimer} asks for a pulse every
 * frame (about 16 ms) and, at each, notes the time and the FX thread's CPU time: between two pulses the FX thread
 * did that much work of its own (running tasks, laying out, styling), which is how long it kept the window from
 * answering. Only the pulses after {@link #measure()} count, and the stretch still open when {@link #stop()} is
 * called counts too (so an FX thread busy at the end is not missed).
 *
 * <p>The wall-clock gaps between pulses are noted as well, with the collectors' pauses (which stop every thread)
 * left out; on a loaded machine they also hold the time the FX thread waited for a processor, or for a render thread
 * that waited for one, so {@link #largestWorkMs()} is what a test can hold the FX thread to. Once the FX thread has
 * worked a while since the last pulse, a watcher notes what it is doing, so a failing test can say where it was
 * ({@link #report()}).
 */
final class PulseGaps {

    /** The watcher notes what the FX thread does once it has worked this long since the last pulse. */
    private static final long WATCH_FROM_NANOS = 40_000_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick();
        }
    };
    private volatile boolean measuring;
    private volatile long lastTick;
    private volatile long workAtLastTick;
    private long collectedAtLastTick;
    private long largestWork;
    private long largestGap;
    private long collections;
    private long ticks;
    private final List<Long> gapsMs = new ArrayList<>();
    private volatile String busiestAt = "";
    private volatile long busiestSeen;
    private Thread watcher;

    /** Starts the pulses (call some time before {@link #measure()}, so the window has settled). */
    void start() throws Exception {
        Thread fxThread = Fx.fx(() -> {
            tick();
            timer.start();
            return Thread.currentThread();
        });
        watcher = new Thread(() -> watch(fxThread), "pulse-gap-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** From now on the pulses count. */
    void measure() throws Exception {
        Fx.fx(() -> {
            tick();
            largestWork = 0;
            largestGap = 0;
            collections = 0;
            ticks = 0;
            gapsMs.clear();
            busiestAt = "";
            busiestSeen = 0;
            measuring = true;
        });
    }

    /** Stops the pulses. */
    void stop() throws Exception {
        Fx.fx(() -> {
            tick();
            timer.stop();
            measuring = false;
        });
        watcher.interrupt();
    }

    /** The most CPU time the FX thread spent between two pulses since {@link #measure()}, in ms. */
    long largestWorkMs() {
        return largestWork / 1_000_000;
    }

    /** The longest wall-clock gap between two pulses since {@link #measure()}, collection pauses left out, in ms. */
    long largestGapMs() {
        return largestGap / 1_000_000;
    }

    /** How many pulses were seen since {@link #measure()} (to tell that the timer did run). */
    long ticks() {
        return ticks;
    }

    /** The measures in words, and what the FX thread was doing in the busiest stretch the watcher saw. */
    String report() {
        return "most FX thread work between two pulses " + largestWorkMs() + " ms; longest gap " + largestGapMs()
                + " ms (collection pauses left out: " + collections + " ms); " + ticks + " pulses; longest gaps (ms) "
                + gapsMs.stream().sorted(Comparator.reverseOrder()).limit(6).toList()
                + (busiestAt.isEmpty() ? "" : "\n" + busiestAt);
    }

    /** On the FX thread. */
    private void tick() {
        long now = System.nanoTime();
        long work = THREADS.getCurrentThreadCpuTime();
        long collected = collectionMillis();
        if (measuring) {
            long paused = (collected - collectedAtLastTick) * 1_000_000;
            largestWork = Math.max(largestWork, work - workAtLastTick);
            largestGap = Math.max(largestGap, now - lastTick - paused);
            collections += collected - collectedAtLastTick;
            gapsMs.add((now - lastTick) / 1_000_000);
            ticks++;
        }
        lastTick = now;
        workAtLastTick = work;
        collectedAtLastTick = collected;
    }

    private static long collectionMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    private void watch(Thread fxThread) {
        List<String> samples = new ArrayList<>();
        long stretchOf = -1;
        while (!Thread.currentThread().isInterrupted()) {
            long tickAt = lastTick;
            long work = THREADS.getThreadCpuTime(fxThread.getId()) - workAtLastTick;
            if (tickAt != stretchOf) {
                samples.clear();
                stretchOf = tickAt;
            }
            if (measuring && work > WATCH_FROM_NANOS) {
                samples.add(work / 1_000_000 + " ms of work: " + Arrays.stream(fxThread.getStackTrace()).limit(14)
                        .map(e -> e.getClassName().replaceAll(".*\\.", "") + "." + e.getMethodName() + ":"
                                + e.getLineNumber())
                        .collect(Collectors.joining(" < ")));
                if (work > busiestSeen) {
                    busiestSeen = work;
                    busiestAt = "in the busiest stretch the watcher saw, the FX thread was at\n"
                            + String.join("\n", samples);
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
