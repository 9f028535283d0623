// Wrong: the right stack algorithm, but the heights and the area are 32-bit ints, so an area past
// 2^31 - 1 overflows.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> h(n + 1);
    for (int i = 0; i < n; i++) cin >> h[i];
    h[n] = 0;
    vector<int> st;
    int best = 0;
    for (int i = 0; i <= n; i++) {
        while (!st.empty() && h[st.back()] >= h[i]) {
            int height = h[st.back()];
            st.pop_back();
            int left = st.empty() ? -1 : st.back();
            int area = height * (i - left - 1);
            best = max(best, area);
        }
        st.push_back(i);
    }
    cout << best << "\n";
}
