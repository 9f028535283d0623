package dev.codedrill.pool;

import java.time.Duration;

/**
 * One language's pool at one moment, for the status bar and {@code doctor}.
 *
 * @param target          warm containers the pool keeps (the language's pool size)
 * @param max             the most it may have at once
 * @param idle            reset and ready
 * @param busy            lent out
 * @param creating        being created (container, start, init tasks)
 * @param resetting       returned and being cleaned
 * @param destroying      being removed
 * @param waiting         borrowers waiting for a container
 * @param created         containers created since start
 * @param destroyed       containers removed since start
 * @param createFailures  creations that failed since start
 * @param borrows         successful borrows since start
 * @param lastError       the last creation failure, null when the last creation worked
 */
public record PoolStats(String language, int target, int max, int idle, int busy, int creating, int resetting,
                        int destroying, int waiting, long created, long destroyed, long createFailures, long borrows,
                        Duration averageBorrowWait, Duration maxBorrowWait, String lastError) {

    /** The counts in one line: "idle 0, busy 2, creating 1, resetting 0, waiting 3 (size 2, max 4)". */
    public String describe() {
        return "idle " + idle + ", busy " + busy + ", creating " + creating + ", resetting " + resetting
                + ", waiting " + waiting + " (size " + target + ", max " + max + ")";
    }

    /** Nothing in flight and the pool at its size: what a quiet pool looks like. */
    public boolean settled() {
        return idle == target && busy == 0 && creating == 0 && resetting == 0 && destroying == 0 && waiting == 0;
    }
}
