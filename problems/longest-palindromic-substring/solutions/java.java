import java.io.*;

public class Main {
    // Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
    // length). Grow a palindrome from each of the 2n - 1 centres, left to right, as long as the
    // letters on both sides match, and keep the longest. A later centre replaces the best only
    // when it is strictly longer, so ties keep the leftmost palindrome.
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String s = in.readLine().trim();
        int n = s.length();
        int bestStart = 0, bestLen = 1;
        for (int centre = 0; centre < 2 * n - 1; centre++) {
            int lo = centre / 2;
            int hi = lo + centre % 2;
            while (lo >= 0 && hi < n && s.charAt(lo) == s.charAt(hi)) {
                lo--;
                hi++;
            }
            if (hi - lo - 1 > bestLen) {
                bestStart = lo + 1;
                bestLen = hi - lo - 1;
            }
        }
        System.out.println(s.substring(bestStart, bestStart + bestLen));
    }
}
