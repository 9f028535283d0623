class Solution {
    public long numDistinct(String s, String t) {
        int m = t.length();
        // ways[j] = number of ways to pick t[0..j) as a subsequence of the part of s read so far
        long[] ways = new long[m + 1];
        ways[0] = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // right to left, so that ways[j - 1] still counts the part of s before this letter
            for (int j = m; j >= 1; j--) {
                if (t.charAt(j - 1) == c) ways[j] += ways[j - 1];
            }
        }
        return ways[m];
    }
}
