#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    int cells = n * n;
    vector<int> h(cells); // plot (r, c) is h[r * n + c]
    for (auto& v : h) cin >> v;
    // grow the reachable region by its lowest neighbouring plot (Dijkstra with max instead of +)
    vector<char> seen(cells, 0);
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
    seen[0] = 1;
    heap.push({h[0], 0});
    int t = 0;
    while (true) {
        auto [height, cell] = heap.top();
        heap.pop();
        t = max(t, height);
        if (cell == cells - 1) break;
        int r = cell / n, c = cell % n;
        int near[4] = {r > 0 ? cell - n : -1, r < n - 1 ? cell + n : -1, c > 0 ? cell - 1 : -1,
                       c < n - 1 ? cell + 1 : -1};
        for (int m : near) {
            if (m >= 0 && !seen[m]) {
                seen[m] = 1;
                heap.push({h[m], m});
            }
        }
    }
    cout << t << "\n";
}
