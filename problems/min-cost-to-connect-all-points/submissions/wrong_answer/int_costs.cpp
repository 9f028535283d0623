// Mistake: the right algorithm (Prim), but costs and total are ints. One cable can cost 4 * 10^9,
// which overflows a 32-bit int.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> x(n), y(n);
    for (int i = 0; i < n; i++) cin >> x[i] >> y[i];
    vector<int> best(n, INT_MAX);
    vector<bool> inTree(n, false);
    best[0] = 0;
    int total = 0;
    for (int step = 0; step < n; step++) {
        int u = -1;
        for (int v = 0; v < n; v++)
            if (!inTree[v] && (u == -1 || best[v] < best[u])) u = v;
        inTree[u] = true;
        total += best[u];
        for (int v = 0; v < n; v++) {
            if (inTree[v]) continue;
            int d = abs(x[u] - x[v]) + abs(y[u] - y[v]);
            if (d < best[v]) best[v] = d;
        }
    }
    cout << total << "\n";
}
