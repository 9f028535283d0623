#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n = 0;
    cin >> n;
    vector<pair<long long, long long>> balloons(n);  // (end, start)
    for (auto& b : balloons) cin >> b.second >> b.first;
    sort(balloons.begin(), balloons.end());
    // by increasing end: shoot at the end of the first balloon not yet burst; that arrow bursts
    // every balloon that starts at or before it
    int arrows = 0;
    long long last = 0;
    for (auto& b : balloons) {
        if (arrows == 0 || b.second > last) {
            arrows++;
            last = b.first;
        }
    }
    cout << arrows << "\n";
}
