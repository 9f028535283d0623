#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int q;
    cin >> q;
    string out;
    out.reserve(q * 3);
    for (int i = 0; i < q; i++) {
        unsigned long long x; // up to 2^32 - 1: does not fit in an int
        cin >> x;
        int count = 0;
        while (x != 0) {
            x &= x - 1; // clears the lowest 1 bit
            count++;
        }
        out += to_string(count);
        out += '\n';
    }
    cout << out;
}
