// A prefix tree stored in vectors: every node has one child index per letter (0 means none; node 0
// is the root) and a mark telling whether an inserted word ends there. Every call walks down one
// node per letter of its argument.
struct Trie {
    children: Vec<[u32; 26]>,
    word: Vec<bool>,
}

impl Trie {
    fn new() -> Self {
        Trie { children: vec![[0; 26]], word: vec![false] }
    }

    fn insert(&mut self, word: String) {
        let mut node = 0usize;
        for b in word.bytes() {
            let c = (b - b'a') as usize;
            if self.children[node][c] == 0 {
                self.children[node][c] = self.children.len() as u32;
                self.children.push([0; 26]);
                self.word.push(false);
            }
            node = self.children[node][c] as usize;
        }
        self.word[node] = true;
    }

    fn walk(&self, text: &str) -> Option<usize> {
        let mut node = 0usize;
        for b in text.bytes() {
            node = self.children[node][(b - b'a') as usize] as usize;
            if node == 0 {
                return None;
            }
        }
        Some(node)
    }

    fn search(&self, word: String) -> bool {
        matches!(self.walk(&word), Some(node) if self.word[node])
    }

    fn starts_with(&self, prefix: String) -> bool {
        self.walk(&prefix).is_some()
    }
}
