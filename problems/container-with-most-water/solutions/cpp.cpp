class Solution {
public:
    int maxArea(vector<int>& height) {
        // two pointers: always move the lower wall inward
        int i = 0, j = (int) height.size() - 1;
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
            best = max(best, area);
        }
        return best;
    }
};
