class Solution {
public:
    bool isMatch(string s, string p) {
        int n = (int) s.size();
        // the pattern as tokens: chars[t] with starred[t]
        vector<char> chars;
        vector<bool> starred;
        for (char c : p) {
            if (c == '*') starred.back() = true;
            else { chars.push_back(c); starred.push_back(false); }
        }
        // cur[i]: s[i:] matches the tokens processed so far (a suffix of the pattern)
        vector<char> cur(n + 1, 0), next(n + 1, 0);
        cur[n] = 1;
        for (int t = (int) chars.size() - 1; t >= 0; t--) {
            char c = chars[t];
            if (starred[t]) {
                next[n] = cur[n];
                for (int i = n - 1; i >= 0; i--) {
                    // use the starred token zero times, or once more
                    next[i] = cur[i] || ((c == '.' || s[i] == c) && next[i + 1]);
                }
            } else {
                next[n] = 0;
                for (int i = 0; i < n; i++) next[i] = (c == '.' || s[i] == c) && cur[i + 1];
            }
            swap(cur, next);
        }
        return cur[0];
    }
};
