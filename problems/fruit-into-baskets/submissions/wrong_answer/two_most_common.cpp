// Counts the trees of the two most common types in the whole row, as if the picked trees did not
// have to be next to each other.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    map<long long, int> count;
    for (int i = 0; i < n; i++) {
        long long x;
        cin >> x;
        count[x]++;
    }
    vector<int> sizes;
    for (auto& kv : count) sizes.push_back(kv.second);
    sort(sizes.rbegin(), sizes.rend());
    int best = sizes[0] + (sizes.size() > 1 ? sizes[1] : 0);
    cout << best << "\n";
    return 0;
}
