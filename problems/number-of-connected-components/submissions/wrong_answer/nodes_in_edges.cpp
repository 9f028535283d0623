// Mistake: counts components only among the nodes that appear in some edge: nodes without any edge
// are forgotten, though each of them is a component of its own.
#include <bits/stdc++.h>
using namespace std;

int parent_[200000];
int find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
}

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    for (int i = 0; i < n; i++) parent_[i] = i;
    set<int> seen;
    int components = 0;
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        if (!seen.count(a)) { seen.insert(a); components++; }
        if (!seen.count(b)) { seen.insert(b); components++; }
        a = find(a), b = find(b);
        if (a != b) { parent_[a] = b; components--; }
    }
    printf("%d\n", components);
}
