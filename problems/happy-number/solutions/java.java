import java.util.*;

class Solution {
    public boolean isHappy(int n) {
        // follow the sequence until it reaches 1 or repeats a number (then it loops forever)
        Set<Integer> seen = new HashSet<>();
        while (n != 1 && seen.add(n)) {
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
}
