use std::collections::HashMap;
use std::io::{self, Read, Write};

fn main() {
    let mut text = Vec::new();
    io::stdin().read_to_end(&mut text).unwrap();
    text.make_ascii_lowercase();
    // words are maximal runs of letters; everything else separates them
    let mut counts: HashMap<&[u8], u32> = HashMap::new();
    for word in text.split(|b| !b.is_ascii_lowercase()) {
        if !word.is_empty() {
            *counts.entry(word).or_insert(0) += 1;
        }
    }
    let mut entries: Vec<(&[u8], u32)> = counts.into_iter().collect();
    // order: higher count first, then alphabetical; only the first three are needed, so
    // select them in linear time and sort just those
    let order = |a: &(&[u8], u32), b: &(&[u8], u32)| b.1.cmp(&a.1).then(a.0.cmp(b.0));
    let top = entries.len().min(3);
    if entries.len() > 3 {
        entries.select_nth_unstable_by(2, order);
    }
    entries[..top].sort_unstable_by(order);
    let mut out = Vec::new();
    for (word, count) in &entries[..top] {
        out.extend_from_slice(word);
        out.extend_from_slice(format!(" {}\n", count).as_bytes());
    }
    io::stdout().write_all(&out).unwrap();
}
