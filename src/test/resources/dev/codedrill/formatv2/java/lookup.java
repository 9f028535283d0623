import java.util.*;

class Solution {
    public int lookup(Map<Integer, String> names, Map<String, int[]> scores, int id) {
        if (!names.containsKey(id)) {
            return -1;
        }
        int sum = 0;
        for (int score : scores.get(names.get(id))) {
            sum += score;
        }
        return sum;
    }
}
