// Off by one: the loops stop at index 7, so the last row and the last column are never read.
#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<string> g(9);
    for (auto& row : g) cin >> row;
    bool rowSeen[9][10] = {}, colSeen[9][10] = {}, boxSeen[9][10] = {};
    for (int r = 0; r < 8; r++) {
        for (int c = 0; c < 8; c++) {
            if (g[r][c] == '.') continue;
            int d = g[r][c] - '0', b = r / 3 * 3 + c / 3;
            if (rowSeen[r][d] || colSeen[c][d] || boxSeen[b][d]) {
                cout << "false\n";
                return 0;
            }
            rowSeen[r][d] = colSeen[c][d] = boxSeen[b][d] = true;
        }
    }
    cout << "true\n";
}
