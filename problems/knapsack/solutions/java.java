import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StreamTokenizer st = new StreamTokenizer(br);
        st.nextToken();
        int n = (int) st.nval;
        st.nextToken();
        int cap = (int) st.nval;
        // dp[j] = best value with total weight at most j
        long[] dp = new long[cap + 1];
        for (int i = 0; i < n; i++) {
            st.nextToken();
            int w = (int) st.nval;
            st.nextToken();
            long v = (long) st.nval;  // values <= 1e9 are exact as doubles
            // iterate j downwards so that each item is used at most once
            for (int j = cap; j >= w; j--) {
                long cand = dp[j - w] + v;
                if (cand > dp[j]) dp[j] = cand;
            }
        }
        System.out.println(dp[cap]);
    }
}
