class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        // Dijkstra from k with a binary heap; an entry is pushed only when it improves the node's
        // best time, and stale entries are skipped when popped.
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& t : times) adj[t[0]].push_back({t[1], t[2]});
        vector<long long> best(n + 1, LLONG_MAX);
        vector<char> done(n + 1, 0);
        priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<pair<long long, int>>> heap;
        best[k] = 0;
        heap.push({0, k});
        int reached = 0;
        long long last = 0;
        while (!heap.empty()) {
            auto [d, u] = heap.top();
            heap.pop();
            if (done[u]) continue;
            done[u] = 1;
            reached++;
            last = d;
            for (auto [v, w] : adj[u]) {
                if (d + w < best[v]) {
                    best[v] = d + w;
                    heap.push({best[v], v});
                }
            }
        }
        return reached == n ? (int)last : -1;
    }
};
