import java.util.*;

class Solution {
    public String[][] groupAnagrams(String[] words) {
        // two words are anagrams exactly when their sorted letters are equal
        Map<String, List<String>> groups = new HashMap<>();
        for (String w : words) {
            char[] letters = w.toCharArray();
            Arrays.sort(letters);
            groups.computeIfAbsent(new String(letters), k -> new ArrayList<>()).add(w);
        }
        String[][] result = new String[groups.size()][];
        int i = 0;
        for (List<String> group : groups.values()) {
            result[i++] = group.toArray(new String[0]);
        }
        return result;
    }
}
