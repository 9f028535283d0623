// The textbook backtracking in C++: reading order, digits 1..9, each checked against its row,
// column and box. Even compiled it needs seconds on a puzzle built against that order.
#include <bits/stdc++.h>
using namespace std;

vector<string> g(9);

bool fits(int r, int c, char d) {
    for (int i = 0; i < 9; i++)
        if (g[r][i] == d || g[i][c] == d) return false;
    int br = r / 3 * 3, bc = c / 3 * 3;
    for (int i = br; i < br + 3; i++)
        for (int j = bc; j < bc + 3; j++)
            if (g[i][j] == d) return false;
    return true;
}

bool solve(int p) {
    if (p == 81) return true;
    int r = p / 9, c = p % 9;
    if (g[r][c] != '.') return solve(p + 1);
    for (char d = '1'; d <= '9'; d++) {
        if (fits(r, c, d)) {
            g[r][c] = d;
            if (solve(p + 1)) return true;
            g[r][c] = '.';
        }
    }
    return false;
}

int main() {
    for (auto& row : g) cin >> row;
    solve(0);
    for (auto& row : g) cout << row << "\n";
}
