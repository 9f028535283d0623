import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in);
        int cells = n * n;
        int[] h = new int[cells]; // plot (r, c) is h[r * n + c]
        for (int i = 0; i < cells; i++) h[i] = readInt(in);
        // grow the reachable region by its lowest neighbouring plot (Dijkstra with max instead of +);
        // a heap entry is height * cells + plot, so the heap holds plain longs
        boolean[] seen = new boolean[cells];
        PriorityQueue<Long> heap = new PriorityQueue<>();
        seen[0] = true;
        heap.add((long) h[0] * cells);
        int t = 0;
        int goal = cells - 1;
        while (true) {
            long top = heap.poll();
            int height = (int) (top / cells), cell = (int) (top % cells);
            t = Math.max(t, height);
            if (cell == goal) break;
            int r = cell / n, c = cell % n;
            int[] near = {r > 0 ? cell - n : -1, r < n - 1 ? cell + n : -1, c > 0 ? cell - 1 : -1,
                    c < n - 1 ? cell + 1 : -1};
            for (int m : near) {
                if (m >= 0 && !seen[m]) {
                    seen[m] = true;
                    heap.add((long) h[m] * cells + m);
                }
            }
        }
        System.out.println(t);
    }

    static int readInt(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        int v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = in.read();
        }
        return v;
    }
}
