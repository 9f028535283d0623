// Correct but slow: dynamic programming over the last cut. best[i] is the answer for the first i
// numbers split into j parts, made from the row for j - 1 parts by trying every place of the last
// cut: k rows of O(n^2) each, far too slow for n = 100000.
class Solution {
public:
    long long splitArray(vector<int>& nums, int k) {
        int n = nums.size();
        vector<long long> prefix(n + 1, 0);
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nums[i];
        const long long INF = LLONG_MAX;
        vector<long long> prev(n + 1, INF), cur(n + 1, INF);
        for (int i = 1; i <= n; i++) prev[i] = prefix[i]; // one part
        for (int j = 2; j <= k; j++) {
            fill(cur.begin(), cur.end(), INF);
            for (int i = j; i <= n; i++) {
                for (int p = j - 1; p < i; p++) {
                    long long largest = max(prev[p], prefix[i] - prefix[p]);
                    if (largest < cur[i]) cur[i] = largest;
                }
            }
            swap(prev, cur);
        }
        return prev[n];
    }
};
