// Mistake: k stops mean k + 1 flights, but this Bellman-Ford runs only k rounds, so it allows one
// flight too few.
class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<int> best(n, INT_MAX);
        best[src] = 0;
        for (int round = 0; round < k; round++) {
            vector<int> cur = best;
            for (auto& f : flights)
                if (best[f[0]] != INT_MAX && best[f[0]] + f[2] < cur[f[1]]) cur[f[1]] = best[f[0]] + f[2];
            best = cur;
        }
        return best[dst] == INT_MAX ? -1 : best[dst];
    }
};
