use std::io::{self, Read, Write};

// Put the roots in a trie (flat vectors: child[node * 26 + letter], 0: none; node 0 is the root;
// end[node] marks the end of a root). Each word walks down the trie letter by letter: the first
// root end it meets is its shortest root; falling off the trie (or reaching the word's end) first
// means no root begins it.
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let k: usize = tokens.next().unwrap().parse().unwrap();
    let roots: Vec<&[u8]> = (0..k).map(|_| tokens.next().unwrap().as_bytes()).collect();
    let letters = 1 + roots.iter().map(|r| r.len()).sum::<usize>();
    let mut child = vec![0u32; letters * 26];
    let mut end = vec![false; letters];
    let mut size = 1u32;
    for root in &roots {
        let mut node = 0usize;
        for &b in root.iter() {
            if end[node] {
                break;
            }
            let slot = node * 26 + (b - b'a') as usize;
            if child[slot] == 0 {
                child[slot] = size;
                size += 1;
            }
            node = child[slot] as usize;
        }
        end[node] = true;
    }
    let mut out: Vec<u8> = Vec::with_capacity(input.len() + 1);
    for (i, word) in tokens.enumerate() {
        let word = word.as_bytes();
        let mut stop = word.len();
        let mut node = 0usize;
        for (j, &b) in word.iter().enumerate() {
            node = child[node * 26 + (b - b'a') as usize] as usize;
            if node == 0 {
                break;
            }
            if end[node] {
                stop = j + 1;
                break;
            }
        }
        if i > 0 {
            out.push(b' ');
        }
        out.extend_from_slice(&word[..stop]);
    }
    out.push(b'\n');
    io::stdout().write_all(&out).unwrap();
}
