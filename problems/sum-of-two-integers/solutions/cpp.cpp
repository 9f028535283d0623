class Solution {
public:
    int getSum(int a, int b) {
        // a ^ b is the sum without carries, (a & b) << 1 the carries; repeat until no carry is left.
        // Unsigned arithmetic: shifting a carry out of the top bit is well defined.
        unsigned x = a, y = b;
        while (y != 0) {
            unsigned carry = (x & y) << 1;
            x ^= y;
            y = carry;
        }
        return (int) x;
    }
};
