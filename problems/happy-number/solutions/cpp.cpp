class Solution {
public:
    bool isHappy(int n) {
        // follow the sequence until it reaches 1 or repeats a number (then it loops forever)
        unordered_set<int> seen;
        while (n != 1 && seen.insert(n).second) {
            int total = 0;
            while (n > 0) {
                int d = n % 10;
                total += d * d;
                n /= 10;
            }
            n = total;
        }
        return n == 1;
    }
};
