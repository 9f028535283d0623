class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        // prev[j] = LCS of the letters of text1 seen so far and the first j letters of text2
        int m = (int) text2.size();
        vector<int> prev(m + 1, 0), cur(m + 1, 0);
        for (char a : text1) {
            for (int j = 0; j < m; j++) {
                if (text2[j] == a) cur[j + 1] = prev[j] + 1;
                else cur[j + 1] = max(prev[j + 1], cur[j]);
            }
            swap(prev, cur);
        }
        return prev[m];
    }
};
