class Solution {
    public int[] twoSumSorted(int[] numbers, int target) {
        // two pointers: a sum too small can only grow by moving the left one, a sum too large can
        // only shrink by moving the right one (the sum is taken in long to be safe)
        int lo = 0, hi = numbers.length - 1;
        while (lo < hi) {
            long s = (long) numbers[lo] + numbers[hi];
            if (s == target) return new int[] {lo + 1, hi + 1};
            if (s < target) lo++;
            else hi--;
        }
        return new int[0];
    }
}
