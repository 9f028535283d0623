class Solution {
public:
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        // Union-find in input order: the first edge whose ends are already connected closes the only
        // cycle, and it is the cycle's last edge in the input.
        int n = edges.size();
        vector<int> parent(n + 1);
        iota(parent.begin(), parent.end(), 0);
        for (auto& edge : edges) {
            int a = edge[0], b = edge[1];
            while (parent[a] != a) { parent[a] = parent[parent[a]]; a = parent[a]; }
            while (parent[b] != b) { parent[b] = parent[parent[b]]; b = parent[b]; }
            if (a == b) return edge;
            parent[a] = b;
        }
        return {};
    }
};
