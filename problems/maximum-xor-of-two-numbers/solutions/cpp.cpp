class Solution {
public:
    // A binary trie of the numbers' 31 bits, from the top bit down, in one flat array
    // (child[2k] and child[2k+1] are node k's children, 0: none; node 0 is the root). Each number,
    // before it is inserted, walks down the trie always trying the opposite bit: that finds the
    // number already inserted whose XOR with it is largest.
    // The numbers are taken in sorted order: neighbours then walk almost the same paths, which
    // keeps the trie's memory accesses close together (much faster than a random order).
    int findMaximumXOR(vector<int>& input) {
        vector<int> nums(input);
        sort(nums.begin(), nums.end());
        size_t n = nums.size();
        vector<int> child(2 * (31 * n + 1), 0);
        int size = 1;
        int best = 0;
        for (size_t i = 0; i < n; i++) {
            int x = nums[i];
            if (i > 0) {
                int node = 0, cur = 0;
                for (int b = 30; b >= 0; b--) {
                    int bit = (x >> b) & 1;
                    int other = child[2 * node + (bit ^ 1)];
                    if (other != 0) {
                        cur |= 1 << b;
                        node = other;
                    } else {
                        node = child[2 * node + bit];
                    }
                }
                best = max(best, cur);
            }
            int node = 0;
            for (int b = 30; b >= 0; b--) {
                int slot = 2 * node + ((x >> b) & 1);
                if (child[slot] == 0) child[slot] = size++;
                node = child[slot];
            }
        }
        return best;
    }
};
