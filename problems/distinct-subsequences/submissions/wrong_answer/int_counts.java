// Wrong: the DP is right but counts in 32-bit ints, which wrap around once there are more than
// 2^31 - 1 ways.
class Solution {
    public long numDistinct(String s, String t) {
        int m = t.length();
        int[] ways = new int[m + 1];
        ways[0] = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            for (int j = m; j >= 1; j--) {
                if (t.charAt(j - 1) == c) ways[j] += ways[j - 1];
            }
        }
        return ways[m];
    }
}
