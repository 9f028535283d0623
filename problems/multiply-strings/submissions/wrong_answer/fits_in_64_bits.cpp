// Reads both numbers into 64-bit integers digit by digit and multiplies them: anything past
// about 9.2 * 10^18 wraps around.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string a, b;
    cin >> a >> b;
    unsigned long long x = 0, y = 0;
    for (char c : a) x = x * 10 + (c - '0');
    for (char c : b) y = y * 10 + (c - '0');
    cout << x * y << "\n";
}
