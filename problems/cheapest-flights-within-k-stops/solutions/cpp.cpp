class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        // Bellman-Ford limited to k + 1 rounds: after round r, best[v] is the cheapest price to v with
        // at most r flights. Each round reads the previous round's prices (a copy), so it adds at most
        // one flight to any trip.
        const int INF = INT_MAX;
        vector<int> best(n, INF);
        best[src] = 0;
        for (int round = 0; round <= k; round++) {
            vector<int> cur = best;
            bool changed = false;
            for (auto& f : flights) {
                int u = f[0], v = f[1], p = f[2];
                if (best[u] != INF && best[u] + p < cur[v]) {
                    cur[v] = best[u] + p;
                    changed = true;
                }
            }
            best.swap(cur);
            if (!changed) break;
        }
        return best[dst] == INF ? -1 : best[dst];
    }
};
