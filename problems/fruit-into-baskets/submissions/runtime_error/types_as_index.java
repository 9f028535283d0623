// Counts the trees of each type in an array indexed by the type, sized as if every type were below
// 100001: a type up to 10^9 is out of the array's bounds and the program crashes.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer st = new StringTokenizer(in.readLine());
        int[] types = new int[n];
        for (int i = 0; i < n; i++) types[i] = Integer.parseInt(st.nextToken());
        int[] count = new int[100001];
        int distinct = 0, left = 0, best = 0;
        for (int right = 0; right < n; right++) {
            if (count[types[right]]++ == 0) distinct++;
            while (distinct > 2) {
                if (--count[types[left]] == 0) distinct--;
                left++;
            }
            best = Math.max(best, right - left + 1);
        }
        System.out.println(best);
    }
}
