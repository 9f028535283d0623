class Solution {
public:
    // ok[i]: the first i letters of s can be cut into dictionary words. ok[0] is true (nothing to
    // cut), and ok[i] is true when some word w ends at i with ok[i - len(w)] true. Only the
    // lengths that dictionary words have need to be tried.
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        set<int> lengths;
        for (const string& w : wordDict) lengths.insert(w.size());
        int n = s.size();
        vector<char> ok(n + 1, 0);
        ok[0] = 1;
        for (int i = 1; i <= n; i++) {
            for (int len : lengths) {
                if (len > i) break;
                if (ok[i - len] && words.count(s.substr(i - len, len))) {
                    ok[i] = 1;
                    break;
                }
            }
        }
        return ok[n];
    }
};
