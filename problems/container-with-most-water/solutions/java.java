class Solution {
    public int maxArea(int[] height) {
        // two pointers: always move the lower wall inward
        int i = 0, j = height.length - 1;
        int best = 0;
        while (i < j) {
            int area;
            if (height[i] < height[j]) {
                area = (j - i) * height[i];
                i++;
            } else {
                area = (j - i) * height[j];
                j--;
            }
            best = Math.max(best, area);
        }
        return best;
    }
}
