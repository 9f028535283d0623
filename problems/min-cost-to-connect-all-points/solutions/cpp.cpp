#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<long long> x(n), y(n);
    for (int i = 0; i < n; i++) scanf("%lld %lld", &x[i], &y[i]);
    // Prim's algorithm on the complete graph, without a heap: best[v] is the cheapest cable from the
    // network built so far to lamp v. A cable costs up to 4 * 10^9: 64 bits.
    vector<long long> best(n, LLONG_MAX);
    vector<char> inTree(n, 0);
    best[0] = 0;
    long long total = 0;
    for (int step = 0; step < n; step++) {
        int u = -1;
        for (int v = 0; v < n; v++)
            if (!inTree[v] && (u == -1 || best[v] < best[u])) u = v;
        inTree[u] = 1;
        total += best[u];
        for (int v = 0; v < n; v++) {
            if (inTree[v]) continue;
            long long d = llabs(x[u] - x[v]) + llabs(y[u] - y[v]);
            if (d < best[v]) best[v] = d;
        }
    }
    printf("%lld\n", total);
}
