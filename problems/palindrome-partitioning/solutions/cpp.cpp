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
        // pal[i][j]: s[i..j] is a palindrome (from the inside out), then backtracking: the next
        // piece starts where the last one ended and must be a palindrome, so every branch ends in an
        // answer
        this->s = s;
        result.clear();
        pieces.clear();
        int n = s.size();
        pal.assign(n, vector<char>(n, 0));
        for (int i = n - 1; i >= 0; i--)
            for (int j = i; j < n; j++)
                pal[i][j] = s[i] == s[j] && (j - i < 2 || pal[i + 1][j - 1]);
        cut(0);
        return result;
    }
};
