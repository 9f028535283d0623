// Correct but slow: k times, scans every remaining point for the nearest one (ties by x, then y) and
// moves it to the front. That is about n * k comparisons: 4 * 10^10 when n = k = 200000.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    vector<array<long long, 3>> p(n);
    for (auto& q : p) {
        cin >> q[1] >> q[2];
        q[0] = q[1] * q[1] + q[2] * q[2];
    }
    for (int i = 0; i < k; i++) {
        int best = i;
        for (int j = i + 1; j < n; j++)
            if (p[j] < p[best]) best = j;
        swap(p[i], p[best]);
        cout << p[i][1] << ' ' << p[i][2] << '\n';
    }
}
