// Sorts with the comparator (a, b) -> a[1] - b[1]: with ends near -2^31 and 2^31 - 1 the
// subtraction overflows int and flips the order.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StreamTokenizer st = new StreamTokenizer(in);
        st.nextToken();
        int n = (int) st.nval;
        int[][] points = new int[n][2];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            points[i][0] = (int) st.nval;
            st.nextToken();
            points[i][1] = (int) st.nval;
        }
        Arrays.sort(points, (a, b) -> a[1] - b[1]);
        int arrows = 0;
        long last = Long.MIN_VALUE;
        for (int[] p : points) {
            if (p[0] > last) {
                arrows++;
                last = p[1];
            }
        }
        System.out.println(arrows);
    }
}
