import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

class Solution {
    // Put the words in a prefix tree (trie), then walk every path of the board from every cell
    // while the letters read so far are the prefix of some word. A word found is taken out of the
    // trie (so it is reported once), and a node left without words is cut off its parent.
    // The trie is kept in flat arrays: next[node * 26 + letter] is a child (0: none; node 0 is the
    // root), word[node] the index of the word ending there (-1: none), count[node] the number of
    // words still to find at or below the node.
    private int[] next, word, count;
    private char[][] grid;
    private String[] words;
    private List<String> found;
    private int rows, cols;

    public String[] findWords(char[][] board, String[] words) {
        int letters = 1;
        for (String w : words) letters += w.length();
        next = new int[letters * 26];
        word = new int[letters];
        count = new int[letters];
        Arrays.fill(word, -1);
        int size = 1;
        for (int i = 0; i < words.length; i++) {
            int node = 0;
            count[0]++;
            for (int j = 0; j < words[i].length(); j++) {
                int slot = node * 26 + words[i].charAt(j) - 'a';
                if (next[slot] == 0) next[slot] = size++;
                node = next[slot];
                count[node]++;
            }
            word[node] = i;
        }
        this.grid = board;
        this.words = words;
        this.found = new ArrayList<>();
        rows = board.length;
        cols = board[0].length;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int slot = board[r][c] - 'a';
                int child = next[slot];
                if (child == 0) continue;
                count[0] -= dfs(r, c, child);
                if (count[child] == 0) next[slot] = 0;
            }
        }
        Collections.sort(found);
        return found.toArray(new String[0]);
    }

    private static final int[] DR = {-1, 1, 0, 0}, DC = {0, 0, -1, 1};

    // node: the trie node of the letters read up to and including cell (r, c); returns the number
    // of words found at or below it
    private int dfs(int r, int c, int node) {
        int got = 0;
        if (word[node] >= 0) {
            found.add(words[word[node]]);
            word[node] = -1;
            got = 1;
        }
        char letter = grid[r][c];
        grid[r][c] = '#';
        for (int d = 0; d < 4 && count[node] > got; d++) {
            int nr = r + DR[d], nc = c + DC[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#') continue;
            int slot = node * 26 + grid[nr][nc] - 'a';
            int child = next[slot];
            if (child == 0) continue;
            got += dfs(nr, nc, child);
            if (count[child] == 0) next[slot] = 0;
        }
        grid[r][c] = letter;
        count[node] -= got;
        return got;
    }
}
