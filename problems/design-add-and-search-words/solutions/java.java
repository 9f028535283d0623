import java.util.Arrays;

class WordDictionary {
    // A prefix tree (trie) in flat arrays: next[node * 26 + letter] is a child (0: none; node 0 is
    // the root) and end[node] marks that an added word ends there. A search follows its letters
    // down the trie; a '.' branches into every child of the node it reaches.
    private int[] next = new int[26 * 1024];
    private boolean[] end = new boolean[1024];
    private int size = 1;

    public WordDictionary() {
    }

    public void addWord(String word) {
        int node = 0;
        for (int i = 0; i < word.length(); i++) {
            int slot = node * 26 + word.charAt(i) - 'a';
            if (next[slot] == 0) {
                if (size == end.length) {
                    next = Arrays.copyOf(next, next.length * 2);
                    end = Arrays.copyOf(end, end.length * 2);
                }
                next[slot] = size++;
            }
            node = next[slot];
        }
        end[node] = true;
    }

    public boolean search(String word) {
        return match(word, 0, 0);
    }

    private boolean match(String word, int i, int node) {
        for (; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch == '.') {
                for (int c = 0; c < 26; c++) {
                    int child = next[node * 26 + c];
                    if (child != 0 && match(word, i + 1, child)) return true;
                }
                return false;
            }
            node = next[node * 26 + ch - 'a'];
            if (node == 0) return false;
        }
        return end[node];
    }
}
