// Wrong: the right DP, but the totals are 32-bit ints: with amounts up to 10^9 the sum of a few
// houses already overflows.
#include <bits/stdc++.h>
using namespace std;

int bestInRow(const vector<int>& a, int lo, int hi) {
    int take = 0, skip = 0;
    for (int i = lo; i < hi; i++) {
        int t = skip + a[i];
        skip = max(take, skip);
        take = t;
    }
    return max(take, skip);
}

int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    int answer = n == 1 ? a[0] : max(bestInRow(a, 0, n - 1), bestInRow(a, 1, n));
    cout << answer << "\n";
}
