import java.util.*;

class Tally {
    private final int start;
    private final List<Integer> added = new ArrayList<>();
    private long sum;

    public Tally(int start) {
        this.start = start;
    }

    public void add(int x) {
        added.add(x);
        sum += x;
    }

    public long total() {
        return start + sum;
    }

    public String label(String prefix) {
        return prefix + ":" + total();
    }

    public int[] history() {
        return added.stream().mapToInt(Integer::intValue).toArray();
    }

    public boolean isEmpty() {
        return added.isEmpty();
    }
}
