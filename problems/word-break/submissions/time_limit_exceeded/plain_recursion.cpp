// Correct but slow: tries every way to cut the text, without remembering which positions were
// already known to fail. "aaa...ab" with the words a, aa, ..., a*20 has astronomically many cuts.
class Solution {
    bool can(const string& s, size_t i, const vector<string>& words) {
        if (i == s.size()) return true;
        for (const string& w : words) {
            if (s.compare(i, w.size(), w) == 0 && can(s, i + w.size(), words)) return true;
        }
        return false;
    }

public:
    bool wordBreak(string s, vector<string>& wordDict) {
        return can(s, 0, wordDict);
    }
};
