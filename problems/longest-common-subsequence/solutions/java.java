class Solution {
    public int longestCommonSubsequence(String text1, String text2) {
        // prev[j] = LCS of the letters of text1 seen so far and the first j letters of text2
        int m = text2.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int i = 0; i < text1.length(); i++) {
            char a = text1.charAt(i);
            for (int j = 0; j < m; j++) {
                if (text2.charAt(j) == a) cur[j + 1] = prev[j] + 1;
                else cur[j + 1] = Math.max(prev[j + 1], cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
