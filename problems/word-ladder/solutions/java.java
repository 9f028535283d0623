import java.util.*;

class Solution {
    public int ladderLength(String beginWord, String endWord, String[] wordList) {
        // Breadth-first search over words. Words one letter apart share a pattern with that letter
        // replaced by '*'; each pattern's bucket of words is used once, then removed.
        Set<String> words = new HashSet<>(Arrays.asList(wordList));
        if (!words.contains(endWord)) return 0;
        int length = beginWord.length();
        Map<String, List<String>> buckets = new HashMap<>();
        for (String w : words) {
            char[] chars = w.toCharArray();
            for (int i = 0; i < length; i++) {
                char keep = chars[i];
                chars[i] = '*';
                buckets.computeIfAbsent(new String(chars), x -> new ArrayList<>()).add(w);
                chars[i] = keep;
            }
        }
        Set<String> seen = new HashSet<>();
        seen.add(beginWord);
        List<String> frontier = new ArrayList<>();
        frontier.add(beginWord);
        int steps = 1;
        while (!frontier.isEmpty()) {
            steps++;
            List<String> next = new ArrayList<>();
            for (String w : frontier) {
                char[] chars = w.toCharArray();
                for (int i = 0; i < length; i++) {
                    char keep = chars[i];
                    chars[i] = '*';
                    List<String> bucket = buckets.remove(new String(chars));
                    chars[i] = keep;
                    if (bucket == null) continue;
                    for (String v : bucket) {
                        if (seen.contains(v)) continue;
                        if (v.equals(endWord)) return steps;
                        seen.add(v);
                        next.add(v);
                    }
                }
            }
            frontier = next;
        }
        return 0;
    }
}
