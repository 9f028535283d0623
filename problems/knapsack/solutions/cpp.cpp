#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, cap;
    cin >> n >> cap;
    // dp[j] = best value with total weight at most j
    vector<long long> dp(cap + 1, 0);
    for (int i = 0; i < n; i++) {
        int w;
        long long v;
        cin >> w >> v;
        // iterate j downwards so that each item is used at most once
        for (int j = cap; j >= w; j--) {
            dp[j] = max(dp[j], dp[j - w] + v);
        }
    }
    cout << dp[cap] << '\n';
    return 0;
}
