// Mistake: fills the palindrome table with i going up, so pal[i + 1][j - 1] is read before it is
// computed and every palindrome longer than two letters ("aba", "noon") is missed.
class Solution {
    string s;
    vector<vector<char>> pal;
    vector<vector<string>> result;
    vector<string> pieces;

    void cut(size_t start) {
        if (start == s.size()) {
            result.push_back(pieces);
            return;
        }
        for (size_t end = start; end < s.size(); end++) {
            if (pal[start][end]) {
                pieces.push_back(s.substr(start, end - start + 1));
                cut(end + 1);
                pieces.pop_back();
            }
        }
    }

public:
    vector<vector<string>> partition(string s) {
        this->s = s;
        int n = s.size();
        pal.assign(n, vector<char>(n, 0));
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
        cut(0);
        return result;
    }
};
