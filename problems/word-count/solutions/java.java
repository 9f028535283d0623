import java.util.HashMap;
import java.util.Map;

class Solution {
    public Map<String, Integer> wordCount(String text) {
        // a word is a maximal run of ASCII letters, counted in lowercase
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                word.append((char) (c | 0x20));
            } else if (word.length() > 0) {
                counts.merge(word.toString(), 1, Integer::sum);
                word.setLength(0);
            }
        }
        return counts;
    }
}
