class Solution {
    public long climbStairs(int n) {
        // ways(i) = ways(i - 1) + ways(i - 2): keep only the last two values
        long a = 1, b = 1; // ways(0), ways(1)
        for (int i = 2; i <= n; i++) {
            long c = a + b;
            a = b;
            b = c;
        }
        return b;
    }
}
