// Put the words in a prefix tree (trie), then walk every path of the board from every cell while
// the letters read so far are the prefix of some word. A word found is taken out of the trie (so
// it is reported once), and a node left without words is cut off its parent.
// The trie is kept in flat vectors: next[node * 26 + letter] is a child (0: none; node 0 is the
// root), word[node] the index of the word ending there (usize::MAX: none), count[node] the number
// of words still to find at or below the node.
struct Search {
    next: Vec<usize>,
    word: Vec<usize>,
    count: Vec<usize>,
    grid: Vec<Vec<u8>>,
    found: Vec<usize>,
}

impl Search {
    // node: the trie node of the letters read up to and including cell (r, c); returns the number
    // of words found at or below it
    fn dfs(&mut self, r: usize, c: usize, node: usize) -> usize {
        let mut got = 0;
        if self.word[node] != usize::MAX {
            self.found.push(self.word[node]);
            self.word[node] = usize::MAX;
            got = 1;
        }
        let letter = self.grid[r][c];
        self.grid[r][c] = b'#';
        let (rows, cols) = (self.grid.len(), self.grid[0].len());
        let steps = [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)];
        for (nr, nc) in steps {
            if self.count[node] <= got {
                break;
            }
            if nr >= rows || nc >= cols || self.grid[nr][nc] == b'#' {
                continue;
            }
            let slot = node * 26 + (self.grid[nr][nc] - b'a') as usize;
            let child = self.next[slot];
            if child == 0 {
                continue;
            }
            got += self.dfs(nr, nc, child);
            if self.count[child] == 0 {
                self.next[slot] = 0;
            }
        }
        self.grid[r][c] = letter;
        self.count[node] -= got;
        got
    }
}

impl Solution {
    pub fn find_words(board: Vec<Vec<char>>, words: Vec<String>) -> Vec<String> {
        let letters = 1 + words.iter().map(|w| w.len()).sum::<usize>();
        let mut s = Search {
            next: vec![0; letters * 26],
            word: vec![usize::MAX; letters],
            count: vec![0; letters],
            grid: board.iter().map(|row| row.iter().map(|&ch| ch as u8).collect()).collect(),
            found: Vec::new(),
        };
        let mut size = 1;
        for (i, w) in words.iter().enumerate() {
            let mut node = 0;
            s.count[0] += 1;
            for b in w.bytes() {
                let slot = node * 26 + (b - b'a') as usize;
                if s.next[slot] == 0 {
                    s.next[slot] = size;
                    size += 1;
                }
                node = s.next[slot];
                s.count[node] += 1;
            }
            s.word[node] = i;
        }
        for r in 0..s.grid.len() {
            for c in 0..s.grid[0].len() {
                let slot = (s.grid[r][c] - b'a') as usize;
                let child = s.next[slot];
                if child == 0 {
                    continue;
                }
                let got = s.dfs(r, c, child);
                s.count[0] -= got;
                if s.count[child] == 0 {
                    s.next[slot] = 0;
                }
            }
        }
        let mut out: Vec<String> = s.found.iter().map(|&i| words[i].clone()).collect();
        out.sort();
        out
    }
}
