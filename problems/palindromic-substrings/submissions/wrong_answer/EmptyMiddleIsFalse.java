// Wrong: the table pal[i][j] says s[i] == s[j] and pal[i + 1][j - 1], but for two letters the
// middle is empty and pal[i + 1][i] was left false, so no palindrome of even length is counted.
class Solution {
    public int countSubstrings(String s) {
        int n = s.length();
        boolean[][] pal = new boolean[n + 1][n + 1];
        int count = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (int j = i; j < n; j++) {
                if (i == j) pal[i][j] = true;
                else pal[i][j] = s.charAt(i) == s.charAt(j) && pal[i + 1][j - 1];
                if (pal[i][j]) count++;
            }
        }
        return count;
    }
}
