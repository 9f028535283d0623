import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer st = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        st.nextToken();
        int n = (int) st.nval;
        long[] x = new long[n], y = new long[n];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            x[i] = (long) st.nval;
            st.nextToken();
            y[i] = (long) st.nval;
        }
        // Prim's algorithm on the complete graph, without a heap: best[v] is the cheapest cable from
        // the network built so far to lamp v. A cable costs up to 4 * 10^9: 64 bits.
        long[] best = new long[n];
        Arrays.fill(best, Long.MAX_VALUE);
        boolean[] inTree = new boolean[n];
        best[0] = 0;
        long total = 0;
        for (int step = 0; step < n; step++) {
            int u = -1;
            for (int v = 0; v < n; v++) if (!inTree[v] && (u == -1 || best[v] < best[u])) u = v;
            inTree[u] = true;
            total += best[u];
            for (int v = 0; v < n; v++) {
                if (inTree[v]) continue;
                long d = Math.abs(x[u] - x[v]) + Math.abs(y[u] - y[v]);
                if (d < best[v]) best[v] = d;
            }
        }
        System.out.println(total);
    }
}
