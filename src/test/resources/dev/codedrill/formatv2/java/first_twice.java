import java.util.*;

class Solution {
    public Character firstTwice(String s, char[] skip) {
        Set<Character> skipped = new HashSet<>();
        for (char c : skip) {
            skipped.add(c);
        }
        Set<Character> seen = new HashSet<>();
        for (char c : s.toCharArray()) {
            if (skipped.contains(c)) {
                continue;
            }
            if (!seen.add(c)) {
                return c;
            }
        }
        return null;
    }
}
