class Solution {
    public int getSum(int a, int b) {
        // a ^ b is the sum without carries, (a & b) << 1 the carries; repeat until no carry is left.
        while (b != 0) {
            int carry = (a & b) << 1;
            a ^= b;
            b = carry;
        }
        return a;
    }
}
