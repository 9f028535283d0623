#include <bits/stdc++.h>
using namespace std;

int main() {
    string a, b;
    cin >> a >> b;
    if (a == "0" || b == "0") {
        cout << "0\n";
        return 0;
    }
    int n = a.size(), m = b.size();
    // digit i of a times digit j of b lands in column i + j + 1 of the product (counted from the
    // left); add all of them first (at most 2000 * 81 per column), carry once at the end
    vector<int> col(n + m, 0), y(m);
    for (int j = 0; j < m; j++) y[j] = b[j] - '0';
    for (int i = 0; i < n; i++) {
        int dx = a[i] - '0';
        if (dx == 0) continue;
        for (int j = 0; j < m; j++) col[i + j + 1] += dx * y[j];
    }
    int carry = 0;
    for (int k = n + m - 1; k >= 0; k--) {
        int t = col[k] + carry;
        col[k] = t % 10;
        carry = t / 10;
    }
    string out;
    for (int k = col[0] == 0 ? 1 : 0; k < n + m; k++) out += char('0' + col[k]);
    cout << out << "\n";
}
