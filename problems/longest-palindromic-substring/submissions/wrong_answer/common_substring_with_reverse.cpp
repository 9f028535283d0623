// Wrong: takes the longest common substring of s and s reversed. That finds a palindrome only when
// the two copies line up: in "abcxyzcba", "abc" also appears reversed, yet it is no palindrome.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    string r(s.rbegin(), s.rend());
    int n = s.size();
    vector<vector<int>> len(n + 1, vector<int>(n + 1, 0));
    int bestEnd = 0, bestLen = 0;
    for (int i = 1; i <= n; i++) {
        for (int j = 1; j <= n; j++) {
            if (s[i - 1] == r[j - 1]) {
                len[i][j] = len[i - 1][j - 1] + 1;
                if (len[i][j] > bestLen) {
                    bestLen = len[i][j];
                    bestEnd = i;
                }
            }
        }
    }
    cout << s.substr(bestEnd - bestLen, bestLen) << "\n";
}
