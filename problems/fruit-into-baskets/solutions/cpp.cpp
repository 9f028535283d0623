#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    // the window ends with a block of equal types: remember the last two types seen, the length of
    // the block of the last one, and the length of the window ending here
    long long last = -1, second = -1;
    int lastRun = 0, current = 0, best = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        if (x == last) {
            current++;
            lastRun++;
        } else {
            current = x == second ? current + 1 : lastRun + 1;
            second = last;
            last = x;
            lastRun = 1;
        }
        best = max(best, current);
    }
    cout << best << "\n";
    return 0;
}
