import java.util.*;

class Solution {
    public int networkDelayTime(int[][] times, int n, int k) {
        // Dijkstra from k with a binary heap of long keys time * (n + 1) + node; an entry is pushed
        // only when it improves the node's best time, and stale entries are skipped when popped.
        int m = times.length;
        int[] head = new int[n + 1];
        Arrays.fill(head, -1);
        int[] next = new int[m], to = new int[m], cost = new int[m];
        for (int i = 0; i < m; i++) {
            int u = times[i][0];
            to[i] = times[i][1];
            cost[i] = times[i][2];
            next[i] = head[u];
            head[u] = i;
        }
        long base = n + 1;
        long[] best = new long[n + 1];
        Arrays.fill(best, Long.MAX_VALUE);
        boolean[] done = new boolean[n + 1];
        long[] heap = new long[m + 2];
        int size = 0;
        best[k] = 0;
        heap[size++] = k;
        int reached = 0;
        long lastTime = 0;
        while (size > 0) {
            long key = heap[0];
            long moved = heap[--size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && heap[c + 1] < heap[c]) c++;
                if (heap[c] >= moved) break;
                heap[i] = heap[c];
                i = c;
            }
            heap[i] = moved;
            int u = (int) (key % base);
            long d = key / base;
            if (done[u]) continue;
            done[u] = true;
            reached++;
            lastTime = d;
            for (int e = head[u]; e != -1; e = next[e]) {
                int v = to[e];
                long nd = d + cost[e];
                if (nd < best[v]) {
                    best[v] = nd;
                    long nk = nd * base + v;
                    int j = size++;
                    while (j > 0) {
                        int p = (j - 1) >> 1;
                        if (heap[p] <= nk) break;
                        heap[j] = heap[p];
                        j = p;
                    }
                    heap[j] = nk;
                }
            }
        }
        return reached == n ? (int) lastTime : -1;
    }
}
