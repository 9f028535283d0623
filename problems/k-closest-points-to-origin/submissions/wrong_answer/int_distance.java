// Mistake: the squared distance is kept in an int. x * x alone reaches 10^18, so it overflows and a far
// point can get a small (even negative) distance and be printed among the closest.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(st.nextToken()), k = Integer.parseInt(st.nextToken());
        int[][] p = new int[n][3];
        for (int i = 0; i < n; i++) {
            st = new StringTokenizer(in.readLine());
            int x = Integer.parseInt(st.nextToken()), y = Integer.parseInt(st.nextToken());
            p[i][0] = x * x + y * y;
            p[i][1] = x;
            p[i][2] = y;
        }
        Arrays.sort(p, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0])
                : a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[2], b[2]));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) sb.append(p[i][1]).append(' ').append(p[i][2]).append('\n');
        System.out.print(sb);
    }
}
