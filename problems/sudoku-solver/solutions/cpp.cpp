#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<string> rows(9);
    for (auto& row : rows) cin >> row;
    int grid[81], rowM[9] = {0}, colM[9] = {0}, boxM[9] = {0}, boxOf[81];
    vector<int> empty;
    for (int p = 0; p < 81; p++) {
        boxOf[p] = (p / 27) * 3 + (p % 9) / 3;
        char ch = rows[p / 9][p % 9];
        grid[p] = ch == '.' ? 0 : ch - '0';
        if (!grid[p]) {
            empty.push_back(p);
        } else {
            int bit = 1 << grid[p];
            rowM[p / 9] |= bit;
            colM[p % 9] |= bit;
            boxM[boxOf[p]] |= bit;
        }
    }
    const int FULL = 0x3FE;  // bits 1..9
    // iterative backtracking; each step fills the empty cell with the fewest candidates
    vector<pair<int, int>> stack;  // (cell, candidates still to try)
    int n = empty.size(), filled = 0;
    while (filled < n) {
        int bestI = -1, bestCount = 10, bestMask = 0;
        for (int i = filled; i < n; i++) {
            int p = empty[i];
            int m = FULL & ~(rowM[p / 9] | colM[p % 9] | boxM[boxOf[p]]);
            int k = __builtin_popcount(m);
            if (k < bestCount) {
                bestI = i, bestCount = k, bestMask = m;
                if (k <= 1) break;
            }
        }
        swap(empty[filled], empty[bestI]);
        int p = empty[filled], m = bestMask;
        while (true) {
            if (m) {
                int bit = m & -m;
                m ^= bit;
                grid[p] = __builtin_ctz(bit);
                rowM[p / 9] |= bit;
                colM[p % 9] |= bit;
                boxM[boxOf[p]] |= bit;
                stack.push_back({p, m});
                filled++;
                break;
            }
            // no candidate left: undo the previous choice and try its next candidate
            p = stack.back().first;
            m = stack.back().second;
            stack.pop_back();
            int bit = 1 << grid[p];
            grid[p] = 0;
            rowM[p / 9] ^= bit;
            colM[p % 9] ^= bit;
            boxM[boxOf[p]] ^= bit;
            filled--;
        }
    }
    string out;
    for (int p = 0; p < 81; p++) {
        out += char('0' + grid[p]);
        if (p % 9 == 8) out += '\n';
    }
    cout << out;
}
