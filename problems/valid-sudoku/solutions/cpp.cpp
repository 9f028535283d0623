#include <bits/stdc++.h>
using namespace std;

int main() {
    vector<string> rows(9);
    for (int r = 0; r < 9; r++) cin >> rows[r];
    // one bit per digit for each row, each column and each 3x3 box
    int rowSeen[9] = {0}, colSeen[9] = {0}, boxSeen[9] = {0};
    for (int r = 0; r < 9; r++) {
        for (int c = 0; c < 9; c++) {
            char ch = rows[r][c];
            if (ch == '.') continue;
            int bit = 1 << (ch - '0');
            int b = (r / 3) * 3 + c / 3;
            if ((rowSeen[r] & bit) || (colSeen[c] & bit) || (boxSeen[b] & bit)) {
                cout << "false\n";
                return 0;
            }
            rowSeen[r] |= bit;
            colSeen[c] |= bit;
            boxSeen[b] |= bit;
        }
    }
    cout << "true\n";
}
