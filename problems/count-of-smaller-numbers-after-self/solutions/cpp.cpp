class Solution {
public:
    vector<int> countSmaller(vector<int>& nums) {
        // Walk from the right end; a Fenwick tree over the ranks of the values counts how many of
        // the values already passed have a smaller rank. O(n log n).
        int n = nums.size();
        vector<int> sorted(nums);
        sort(sorted.begin(), sorted.end());
        sorted.erase(unique(sorted.begin(), sorted.end()), sorted.end());
        int size = sorted.size();
        vector<int> tree(size + 1, 0), out(n);
        for (int i = n - 1; i >= 0; i--) {
            int r = lower_bound(sorted.begin(), sorted.end(), nums[i]) - sorted.begin() + 1;
            int s = 0;
            for (int j = r - 1; j > 0; j &= j - 1) s += tree[j];
            out[i] = s;
            for (; r <= size; r += r & -r) tree[r]++;
        }
        return out;
    }
};
