#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<int> ea(m), eb(m);
    vector<int> start(n + 1, 0);  // the courses that need b are nxt[start[b] .. start[b + 1])
    vector<int> missing(n, 0);    // prerequisites of a course not taken yet
    for (int i = 0; i < m; i++) {
        cin >> ea[i] >> eb[i];
        start[eb[i] + 1]++;
        missing[ea[i]]++;
    }
    for (int i = 0; i < n; i++) start[i + 1] += start[i];
    vector<int> fill(start.begin(), start.end() - 1), nxt(m);
    for (int i = 0; i < m; i++) nxt[fill[eb[i]]++] = ea[i];

    // take courses whose prerequisites are all taken; taking one may free others
    vector<int> order;
    order.reserve(n);
    for (int c = 0; c < n; c++)
        if (missing[c] == 0) order.push_back(c);
    for (size_t head = 0; head < order.size(); head++) {
        int c = order[head];
        for (int k = start[c]; k < start[c + 1]; k++)
            if (--missing[nxt[k]] == 0) order.push_back(nxt[k]);
    }
    string out;
    if ((int) order.size() < n) {
        out = "IMPOSSIBLE";
    } else {
        out.reserve(7 * (size_t) n);
        for (int i = 0; i < n; i++) {
            if (i > 0) out += ' ';
            out += to_string(order[i]);
        }
    }
    out += '\n';
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
