#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string out;
    for (int i = 0; i < t; i++) {
        long long a, b;
        cin >> a >> b;
        long long x = a, y = b;
        while (y != 0) {  // Euclid's algorithm
            long long r = x % y;
            x = y;
            y = r;
        }
        out += to_string(x);
        out += ' ';
        out += to_string(a / x * b);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
