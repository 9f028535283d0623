// Correct but slow: tries t = 0, 1, 2, ... and floods the plots under water from the start each time,
// until the goal is reached. Up to n^2 floods of up to n^2 plots each.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        int[] h = new int[n * n];
        for (int r = 0; r < n; r++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            for (int c = 0; c < n; c++) h[r * n + c] = Integer.parseInt(st.nextToken());
        }
        int[] queue = new int[n * n];
        for (int t = 0; ; t++) {
            if (h[0] > t) continue;
            boolean[] seen = new boolean[n * n];
            int head = 0, tail = 0;
            queue[tail++] = 0;
            seen[0] = true;
            while (head < tail) {
                int cell = queue[head++];
                int r = cell / n, c = cell % n;
                int[] near = {r > 0 ? cell - n : -1, r < n - 1 ? cell + n : -1, c > 0 ? cell - 1 : -1,
                        c < n - 1 ? cell + 1 : -1};
                for (int m : near) {
                    if (m >= 0 && !seen[m] && h[m] <= t) {
                        seen[m] = true;
                        queue[tail++] = m;
                    }
                }
            }
            if (seen[n * n - 1]) {
                System.out.println(t);
                return;
            }
        }
    }
}
