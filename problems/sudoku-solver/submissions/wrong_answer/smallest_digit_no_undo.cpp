// Greedy: writes in each empty cell, in reading order, the smallest digit that fits so far and
// never goes back. The first cell that has no digit left stays empty.
#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<string> g(9);
    for (auto& row : g) cin >> row;
    for (int r = 0; r < 9; r++) {
        for (int c = 0; c < 9; c++) {
            if (g[r][c] != '.') continue;
            for (char d = '1'; d <= '9'; d++) {
                bool ok = true;
                for (int i = 0; i < 9; i++)
                    if (g[r][i] == d || g[i][c] == d) ok = false;
                for (int i = r / 3 * 3; i < r / 3 * 3 + 3; i++)
                    for (int j = c / 3 * 3; j < c / 3 * 3 + 3; j++)
                        if (g[i][j] == d) ok = false;
                if (ok) {
                    g[r][c] = d;
                    break;
                }
            }
        }
    }
    for (auto& row : g) cout << row << "\n";
}
