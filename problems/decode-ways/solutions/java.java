class Solution {
    public int numDecodings(String s) {
        // prev2, prev1 = number of ways to decode the first i-1 and the first i digits
        int prev2 = 1, prev1 = s.charAt(0) == '0' ? 0 : 1;
        for (int i = 1; i < s.length(); i++) {
            char a = s.charAt(i - 1), b = s.charAt(i);
            int cur = b != '0' ? prev1 : 0; // s[i] as a one-digit code
            if (a == '1' || (a == '2' && b <= '6')) cur += prev2; // s[i-1..i] as a code 10..26
            prev2 = prev1;
            prev1 = cur;
        }
        return prev1;
    }
}
