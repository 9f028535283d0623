import java.util.HashSet;

class Solution {
    public boolean containsDuplicate(int[] nums) {
        // remember every value seen; add returns false for a value seen before
        HashSet<Integer> seen = new HashSet<>(nums.length * 2);
        for (int x : nums) {
            if (!seen.add(x)) return true;
        }
        return false;
    }
}
