#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    unordered_set<long long> present;
    present.reserve(2 * n + 1);
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        present.insert(x);
    }
    // count up only from the first number of each run (x - 1 missing): every number is visited at
    // most twice, O(n) in all
    long long best = 0;
    for (long long x : present) {
        if (!present.count(x - 1)) {
            long long y = x + 1;
            while (present.count(y)) y++;
            best = max(best, y - x);
        }
    }
    cout << best << "\n";
    return 0;
}
