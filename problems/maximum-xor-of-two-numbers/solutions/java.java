class Solution {
    // A binary trie of the numbers' 31 bits, from the top bit down, in one flat array
    // (child[2k] and child[2k+1] are node k's children, 0: none; node 0 is the root). Each number,
    // before it is inserted, walks down the trie always trying the opposite bit: that finds the
    // number already inserted whose XOR with it is largest.
    // The numbers are taken in sorted order: neighbours then walk almost the same paths, which
    // keeps the trie's memory accesses close together (much faster than a random order).
    public int findMaximumXOR(int[] input) {
        int[] nums = input.clone();
        java.util.Arrays.sort(nums);
        int n = nums.length;
        int[] child = new int[2 * (31 * n + 1)];
        int size = 1;
        int best = 0;
        for (int i = 0; i < n; i++) {
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
                best = Math.max(best, cur);
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
}
