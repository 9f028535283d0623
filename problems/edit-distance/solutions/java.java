class Solution {
    public int minDistance(String word1, String word2) {
        int n = word1.length(), m = word2.length();
        // prev[j] = distance between the first i-1 characters of word1 and the first j of word2
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            char c1 = word1.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                if (c1 == word2.charAt(j - 1)) cur[j] = prev[j - 1];
                else cur[j] = 1 + Math.min(prev[j - 1], Math.min(prev[j], cur[j - 1]));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[m];
    }
}
