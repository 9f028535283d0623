import java.util.*;

class Solution {
    public Map<String, Integer> countWords(String[] words) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
        }
        return counts;
    }
}
