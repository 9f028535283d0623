import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class TimeMap {
    // For every key, the timestamps of its set calls (increasing, as they arrive) and the values
    // stored at them. get finds the last timestamp <= the one asked for by binary search: set is O(1),
    // get is O(log k) for a key with k versions.
    private static final class History {
        int[] times = new int[4];
        List<String> values = new ArrayList<>();
    }

    private final Map<String, History> history = new HashMap<>();

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        History h = history.computeIfAbsent(key, k -> new History());
        int n = h.values.size();
        if (n == h.times.length) {
            h.times = java.util.Arrays.copyOf(h.times, n * 2);
        }
        h.times[n] = timestamp;
        h.values.add(value);
    }

    public String get(String key, int timestamp) {
        History h = history.get(key);
        if (h == null) {
            return "";
        }
        // the first index whose timestamp is after the one asked for
        int lo = 0, hi = h.values.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (h.times[mid] <= timestamp) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 ? h.values.get(lo - 1) : "";
    }
}
