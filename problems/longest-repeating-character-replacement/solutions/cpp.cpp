class Solution {
public:
    int characterReplacement(string s, int k) {
        // window s[left..right]; it never shrinks below the best length found, so the largest
        // count of one letter (best) need not be recomputed when the left end moves
        int count[26] = {0};
        int left = 0, best = 0;
        int n = (int) s.size();
        for (int right = 0; right < n; right++) {
            int c = s[right] - 'A';
            count[c]++;
            if (count[c] > best) best = count[c];
            if (right - left + 1 - best > k) {
                count[s[left] - 'A']--;
                left++;
            }
        }
        return n - left;
    }
};
