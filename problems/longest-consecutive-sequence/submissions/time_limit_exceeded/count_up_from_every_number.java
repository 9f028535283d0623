import java.io.*;
import java.util.*;

// Correct but slow: counts up from every number, not only from the first one of each run, so one run
// of n numbers costs n + (n - 1) + ... + 1 look-ups, O(n^2).
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StreamTokenizer st = new StreamTokenizer(in);
        st.nextToken();
        int n = (int) st.nval;
        int[] nums = new int[n];
        Set<Integer> present = new HashSet<>();
        for (int i = 0; i < n; i++) {
            st.nextToken();
            nums[i] = (int) st.nval;
            present.add(nums[i]);
        }
        int best = 0;
        for (int x : nums) {
            int length = 0;
            while (present.contains(x + length)) {
                length++;
            }
            best = Math.max(best, length);
        }
        System.out.println(best);
    }
}
