class Solution {
    public Integer majority(int[] nums) {
        // Pairing off different values (Boyer-Moore voting): a majority survives every pairing, so it
        // is the last candidate left. Any array leaves a candidate, so count it to be sure.
        int candidate = 0, votes = 0;
        for (int x : nums) {
            if (votes == 0) {
                candidate = x;
                votes = 1;
            } else if (x == candidate) {
                votes++;
            } else {
                votes--;
            }
        }
        int count = 0;
        for (int x : nums) {
            if (x == candidate) count++;
        }
        return 2L * count > nums.length ? Integer.valueOf(candidate) : null;
    }
}
