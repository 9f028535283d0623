package dev.codedrill.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Nearest-rank percentiles of measured durations. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The smallest sample with at least {@code p} percent of the samples at or below it. */
    public static Duration of(Collection<Duration> samples, double p) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is in (0, 100], not " + p);
        }
        List<Duration> sorted = new ArrayList<>(samples);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
