class Solution {
    // s[lo..hi) reads the same both ways
    static bool isPalindrome(const string& s, int lo, int hi) {
        for (hi--; lo < hi; lo++, hi--) {
            if (s[lo] != s[hi]) return false;
        }
        return true;
    }

public:
    // Cut every word w in two, w = left + right, at each of its len(w) + 1 places.
    // - If right is a palindrome and some other word is left reversed, then w + that word is a
    //   palindrome: pair [i, k].
    // - If left is a palindrome and some other word is right reversed, then that word + w is a
    //   palindrome: pair [k, i]. The cut before the first letter is skipped here: that pair
    //   (k + w with k the whole of w reversed) is already found from k's side.
    vector<vector<int>> palindromePairs(vector<string>& words) {
        unordered_map<string, int> index;
        index.reserve(words.size() * 2);
        for (int i = 0; i < (int)words.size(); i++) index[words[i]] = i;
        vector<vector<int>> pairs;
        for (int i = 0; i < (int)words.size(); i++) {
            const string& w = words[i];
            int n = w.size();
            string rw(w.rbegin(), w.rend());
            for (int j = 0; j <= n; j++) {
                // left = w[0..j), reversed: rw[n-j..n); right = w[j..n), reversed: rw[0..n-j)
                auto it = index.find(rw.substr(n - j));
                if (it != index.end() && it->second != i && isPalindrome(w, j, n)) pairs.push_back({i, it->second});
                if (j > 0) {
                    it = index.find(rw.substr(0, n - j));
                    if (it != index.end() && it->second != i && isPalindrome(w, 0, j)) pairs.push_back({it->second, i});
                }
            }
        }
        return pairs;
    }
};
