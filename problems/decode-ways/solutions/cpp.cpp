class Solution {
public:
    int numDecodings(string s) {
        // prev2, prev1 = number of ways to decode the first i-1 and the first i digits
        long long prev2 = 1, prev1 = s[0] == '0' ? 0 : 1;
        for (size_t i = 1; i < s.size(); i++) {
            char a = s[i - 1], b = s[i];
            long long cur = b != '0' ? prev1 : 0; // s[i] as a one-digit code
            if (a == '1' || (a == '2' && b <= '6')) cur += prev2; // s[i-1..i] as a code 10..26
            prev2 = prev1;
            prev1 = cur;
        }
        return (int) prev1;
    }
};
