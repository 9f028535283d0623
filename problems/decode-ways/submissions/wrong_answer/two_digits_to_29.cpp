// Wrong: takes every pair starting with 1 or 2 as a code, up to "29", though the alphabet stops at
// 26.
class Solution {
public:
    int numDecodings(string s) {
        long long prev2 = 1, prev1 = s[0] == '0' ? 0 : 1;
        for (size_t i = 1; i < s.size(); i++) {
            long long cur = s[i] != '0' ? prev1 : 0;
            if (s[i - 1] == '1' || s[i - 1] == '2') cur += prev2;
            prev2 = prev1;
            prev1 = cur;
        }
        return (int) prev1;
    }
};
