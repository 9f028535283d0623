#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    // (squared distance, x, y): up to 2 * 10^18, so 64-bit
    vector<tuple<long long, long long, long long>> p(n);
    for (auto& [d, x, y] : p) {
        cin >> x >> y;
        d = x * x + y * y;
    }
    // only the k smallest need to be in order
    partial_sort(p.begin(), p.begin() + k, p.end());
    string out;
    for (int i = 0; i < k; i++) {
        out += to_string(get<1>(p[i]));
        out += ' ';
        out += to_string(get<2>(p[i]));
        out += '\n';
    }
    cout << out;
}
