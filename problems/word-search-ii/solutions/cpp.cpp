class Solution {
    // Put the words in a prefix tree (trie), then walk every path of the board from every cell
    // while the letters read so far are the prefix of some word. A word found is taken out of the
    // trie (so it is reported once), and a node left without words is cut off its parent.
    // The trie is kept in flat arrays: next[node * 26 + letter] is a child (0: none; node 0 is the
    // root), word[node] the index of the word ending there (-1: none), count[node] the number of
    // words still to find at or below the node.
    vector<int> next, word, count;
    vector<string> found;
    int rows = 0, cols = 0;

    // node: the trie node of the letters read up to and including cell (r, c); returns the number
    // of words found at or below it
    int dfs(vector<vector<char>>& grid, const vector<string>& words, int r, int c, int node) {
        static const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
        int got = 0;
        if (word[node] >= 0) {
            found.push_back(words[word[node]]);
            word[node] = -1;
            got = 1;
        }
        char letter = grid[r][c];
        grid[r][c] = '#';
        for (int d = 0; d < 4 && count[node] > got; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#') continue;
            int slot = node * 26 + (grid[nr][nc] - 'a');
            int child = next[slot];
            if (child == 0) continue;
            got += dfs(grid, words, nr, nc, child);
            if (count[child] == 0) next[slot] = 0;
        }
        grid[r][c] = letter;
        count[node] -= got;
        return got;
    }

public:
    vector<string> findWords(vector<vector<char>>& board, vector<string>& words) {
        size_t letters = 1;
        for (const string& w : words) letters += w.size();
        next.assign(letters * 26, 0);
        word.assign(letters, -1);
        count.assign(letters, 0);
        found.clear();
        int size = 1;
        for (int i = 0; i < (int)words.size(); i++) {
            int node = 0;
            count[0]++;
            for (char ch : words[i]) {
                int slot = node * 26 + (ch - 'a');
                if (next[slot] == 0) next[slot] = size++;
                node = next[slot];
                count[node]++;
            }
            word[node] = i;
        }
        rows = board.size();
        cols = board[0].size();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int slot = board[r][c] - 'a';
                int child = next[slot];
                if (child == 0) continue;
                count[0] -= dfs(board, words, r, c, child);
                if (count[child] == 0) next[slot] = 0;
            }
        }
        sort(found.begin(), found.end());
        return found;
    }
};
