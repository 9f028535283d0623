class Solution {
public:
    long long reverseBits(long long n) {
        // 32 steps exactly: the lowest bit of n goes onto the end of the answer.
        long long res = 0;
        for (int i = 0; i < 32; i++) {
            res = (res << 1) | (n & 1);
            n >>= 1;
        }
        return res;
    }
};
