class Solution {
public:
    // Every palindrome has a centre: one letter (odd length) or the gap between two letters (even
    // length). From each of the 2n - 1 centres, grow outwards while the letters on both sides
    // match: each step outwards is one more palindrome around that centre.
    int countSubstrings(string s) {
        int n = s.size();
        int count = 0;
        for (int centre = 0; centre < 2 * n - 1; centre++) {
            int lo = centre / 2;
            int hi = lo + centre % 2;
            while (lo >= 0 && hi < n && s[lo] == s[hi]) {
                count++;
                lo--;
                hi++;
            }
        }
        return count;
    }
};
