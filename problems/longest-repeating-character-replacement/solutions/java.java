class Solution {
    public int characterReplacement(String s, int k) {
        // window s[left..right]; it never shrinks below the best length found, so the largest
        // count of one letter (best) need not be recomputed when the left end moves
        int[] count = new int[26];
        int left = 0;
        int best = 0;
        for (int right = 0; right < s.length(); right++) {
            int c = s.charAt(right) - 'A';
            count[c]++;
            if (count[c] > best) best = count[c];
            if (right - left + 1 - best > k) {
                count[s.charAt(left) - 'A']--;
                left++;
            }
        }
        return s.length() - left;
    }
}
