#include <bits/stdc++.h>
using namespace std;

int main() {
    // union-find with path halving and union by size; each successful union removes one component
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<int> parent(n), size(n, 1);
    iota(parent.begin(), parent.end(), 0);
    int components = n;
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        while (parent[a] != a) { parent[a] = parent[parent[a]]; a = parent[a]; }
        while (parent[b] != b) { parent[b] = parent[parent[b]]; b = parent[b]; }
        if (a != b) {
            if (size[a] < size[b]) swap(a, b);
            parent[b] = a;
            size[a] += size[b];
            components--;
        }
    }
    cout << components << "\n";
}
