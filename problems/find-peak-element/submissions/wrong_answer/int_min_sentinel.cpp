#include <bits/stdc++.h>
using namespace std;

// Mistake: the heights outside the trail are taken as INT_MIN instead of minus infinity, so a point
// whose height is exactly INT_MIN at an end (a single point, say) is not higher than it and is never
// reported; -1 is printed then.
int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    for (int i = 0; i < n; i++) {
        int left = i > 0 ? a[i - 1] : INT_MIN;
        int right = i + 1 < n ? a[i + 1] : INT_MIN;
        if (a[i] > left && a[i] > right) {
            cout << i << "\n";
            return 0;
        }
    }
    cout << -1 << "\n";
}
