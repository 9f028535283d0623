class Solution {
public:
    long long numDistinct(string s, string t) {
        int m = t.size();
        // ways[j] = number of ways to pick t[0..j) as a subsequence of the part of s read so far
        vector<long long> ways(m + 1, 0);
        ways[0] = 1;
        for (char c : s) {
            // right to left, so that ways[j - 1] still counts the part of s before this letter
            for (int j = m; j >= 1; j--) {
                if (t[j - 1] == c) ways[j] += ways[j - 1];
            }
        }
        return ways[m];
    }
};
