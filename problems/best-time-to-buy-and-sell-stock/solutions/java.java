class Solution {
    public int maxProfit(int[] prices) {
        int best = 0;
        int low = prices[0];
        for (int p : prices) {
            if (p < low) low = p;
            else if (p - low > best) best = p - low;
        }
        return best;
    }
}
