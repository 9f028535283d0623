// A prefix tree (trie) in flat vectors: next[node * 26 + letter] is a child (0: none; node 0 is the
// root) and end[node] marks that an added word ends there. A search follows its letters down the
// trie; a '.' branches into every child of the node it reaches.
struct WordDictionary {
    next: Vec<u32>,
    end: Vec<bool>,
}

impl WordDictionary {
    fn new() -> Self {
        WordDictionary { next: vec![0; 26], end: vec![false] }
    }

    fn add_word(&mut self, word: String) {
        let mut node = 0usize;
        for b in word.bytes() {
            let slot = node * 26 + (b - b'a') as usize;
            if self.next[slot] == 0 {
                self.next[slot] = self.end.len() as u32;
                self.end.push(false);
                self.next.extend_from_slice(&[0; 26]);
            }
            node = self.next[slot] as usize;
        }
        self.end[node] = true;
    }

    fn search(&self, word: String) -> bool {
        self.matches(word.as_bytes(), 0)
    }

    fn matches(&self, word: &[u8], node: usize) -> bool {
        let mut node = node;
        for (i, &b) in word.iter().enumerate() {
            if b == b'.' {
                return (0..26).any(|c| {
                    let child = self.next[node * 26 + c] as usize;
                    child != 0 && self.matches(&word[i + 1..], child)
                });
            }
            node = self.next[node * 26 + (b - b'a') as usize] as usize;
            if node == 0 {
                return false;
            }
        }
        self.end[node]
    }
}
