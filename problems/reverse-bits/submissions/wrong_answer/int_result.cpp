// Mistake (C++): the answer is kept in a signed 32-bit int. When its top bit ends up set, the int is
// negative, and converting it to long long keeps it negative instead of giving a value above 2^31.
class Solution {
public:
    long long reverseBits(long long n) {
        int res = 0;
        for (int i = 0; i < 32; i++) {
            res = (int) (((unsigned) res << 1) | (unsigned) (n & 1));
            n >>= 1;
        }
        return res;
    }
};
