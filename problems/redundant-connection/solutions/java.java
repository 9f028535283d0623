class Solution {
    public int[] findRedundantConnection(int[][] edges) {
        // Union-find in input order: the first edge whose ends are already connected closes the only
        // cycle, and it is the cycle's last edge in the input.
        int n = edges.length;
        int[] parent = new int[n + 1];
        for (int i = 0; i <= n; i++) parent[i] = i;
        for (int[] edge : edges) {
            int a = edge[0], b = edge[1];
            while (parent[a] != a) { parent[a] = parent[parent[a]]; a = parent[a]; }
            while (parent[b] != b) { parent[b] = parent[parent[b]]; b = parent[b]; }
            if (a == b) return edge;
            parent[a] = b;
        }
        return new int[0];
    }
}
