#include <bits/stdc++.h>
using namespace std;

int main() {
    long long n;
    if (!(cin >> n)) return 0;
    int count = 0;
    if (n >= 2) {
        vector<char> composite(n + 1, 0);
        for (long long i = 2; i <= n; i++) {
            if (composite[i]) continue;
            count++;
            for (long long j = i * i; j <= n; j += i) composite[j] = 1;
        }
    }
    cout << count << "\n";
    return 0;
}
