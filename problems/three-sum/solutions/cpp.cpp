class Solution {
public:
    vector<vector<int>> threeSum(vector<int>& nums) {
        // sort, fix the smallest value, find the other two with two pointers: O(n^2)
        vector<int> a(nums);
        sort(a.begin(), a.end());
        int n = a.size();
        vector<vector<int>> res;
        for (int i = 0; i < n - 2 && a[i] <= 0; i++) {
            if (i > 0 && a[i] == a[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int s = a[i] + a[lo] + a[hi];
                if (s < 0) lo++;
                else if (s > 0) hi--;
                else {
                    res.push_back({a[i], a[lo], a[hi]});
                    int vlo = a[lo], vhi = a[hi];
                    while (lo < hi && a[lo] == vlo) lo++;
                    while (lo < hi && a[hi] == vhi) hi--;
                }
            }
        }
        return res;
    }
};
