#include <bits/stdc++.h>
using namespace std;

// house robber on the houses lo .. hi-1 standing in a row
long long bestInRow(const vector<long long>& a, int lo, int hi) {
    long long take = 0, skip = 0; // best total with / without the current house
    for (int i = lo; i < hi; i++) {
        long long t = skip + a[i];
        skip = max(take, skip);
        take = t;
    }
    return max(take, skip);
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    // the first and the last house are neighbours: leave out one of them
    long long answer = n == 1 ? a[0] : max(bestInRow(a, 0, n - 1), bestInRow(a, 1, n));
    cout << answer << "\n";
}
