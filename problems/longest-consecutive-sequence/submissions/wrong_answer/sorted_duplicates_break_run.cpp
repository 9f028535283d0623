#include <bits/stdc++.h>
using namespace std;

// Mistake: after sorting, a run continues only when the next number is exactly one more, so a
// repeated number (equal neighbours) ends the run instead of being skipped.
int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    sort(a.begin(), a.end());
    int best = n > 0 ? 1 : 0, current = 1;
    for (int i = 1; i < n; i++) {
        if (a[i] == a[i - 1] + 1) {
            current++;
        } else {
            current = 1;
        }
        best = max(best, current);
    }
    cout << best << "\n";
}
