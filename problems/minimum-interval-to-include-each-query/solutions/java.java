import java.util.*;

class Solution {
    public int[] minInterval(int[][] intervals, int[] queries) {
        int[][] sorted = intervals.clone();
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        int m = queries.length;
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) order[j] = j;
        Arrays.sort(order, (a, b) -> Integer.compare(queries[a], queries[b]));
        int[] answers = new int[m];
        // key = size * 2^32 + right: ordered by size, and the right end is kept for removal
        PriorityQueue<Long> heap = new PriorityQueue<>();
        int i = 0;
        for (int j : order) {
            int q = queries[j];
            while (i < sorted.length && sorted[i][0] <= q) {
                long size = sorted[i][1] - sorted[i][0] + 1;
                heap.add((size << 32) | sorted[i][1]);
                i++;
            }
            while (!heap.isEmpty() && (int) (heap.peek() & 0xffffffffL) < q) heap.poll();
            answers[j] = heap.isEmpty() ? -1 : (int) (heap.peek() >>> 32);
        }
        return answers;
    }
}
