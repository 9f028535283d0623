import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in), m = nextInt(in), s = nextInt(in);
        int[] eu = new int[m], ev = new int[m];
        long[] ew = new long[m];
        int[] start = new int[n + 2];
        for (int i = 0; i < m; i++) {
            eu[i] = nextInt(in);
            ev[i] = nextInt(in);
            ew[i] = nextInt(in);
            start[eu[i] + 1]++;
        }
        for (int i = 1; i <= n + 1; i++) start[i] += start[i - 1];
        int[] fill = start.clone();
        int[] to = new int[m];
        long[] wt = new long[m];
        for (int i = 0; i < m; i++) {
            int k = fill[eu[i]]++;
            to[k] = ev[i];
            wt[k] = ew[i];
        }

        // Dijkstra with a binary heap (PriorityQueue) and lazy deletion
        long[] dist = new long[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[s] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        pq.add(new long[] {0, s});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            long d = top[0];
            int u = (int) top[1];
            if (d > dist[u]) continue;
            for (int k = start[u]; k < start[u + 1]; k++) {
                int v = to[k];
                long nd = d + wt[k];
                if (nd < dist[v]) {
                    dist[v] = nd;
                    pq.add(new long[] {nd, v});
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i > 1) sb.append(' ');
            sb.append(dist[i] == Long.MAX_VALUE ? -1 : dist[i]);
        }
        sb.append('\n');
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        out.print(sb);
        out.flush();
    }

    private static int nextInt(DataInputStream in) throws IOException {
        int ret = 0;
        int b = in.read();
        while (b < '0') b = in.read();  // skip whitespace (the input has no negative numbers)
        while (b >= '0' && b <= '9') {
            ret = ret * 10 + (b - '0');
            b = in.read();
        }
        return ret;
    }
}
