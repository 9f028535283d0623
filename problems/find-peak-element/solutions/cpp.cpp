#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    // a peak lies in [lo, hi]: if a[mid] < a[mid + 1], climbing right from mid must reach one before
    // the end; otherwise mid or something left of it is a peak. O(log n) comparisons.
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < a[mid + 1]) lo = mid + 1;
        else hi = mid;
    }
    cout << lo << "\n";
    return 0;
}
