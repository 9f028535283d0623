// Wrong: forgets that i and j must differ, so a palindrome is paired with itself
// ("wow" + "wow" is a palindrome, but [i, i] is not a pair).
class Solution {
    static bool isPalindrome(const string& s, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) if (s[lo] != s[hi]) return false;
        return true;
    }

public:
    vector<vector<int>> palindromePairs(vector<string>& words) {
        unordered_map<string, int> index;
        for (int i = 0; i < (int)words.size(); i++) index[words[i]] = i;
        vector<vector<int>> pairs;
        for (int i = 0; i < (int)words.size(); i++) {
            const string& w = words[i];
            int n = w.size();
            string rw(w.rbegin(), w.rend());
            for (int j = 0; j <= n; j++) {
                auto it = index.find(rw.substr(n - j));
                if (it != index.end() && isPalindrome(w, j, n)) pairs.push_back({i, it->second});
                if (j > 0) {
                    it = index.find(rw.substr(0, n - j));
                    if (it != index.end() && isPalindrome(w, 0, j)) pairs.push_back({it->second, i});
                }
            }
        }
        return pairs;
    }
};
