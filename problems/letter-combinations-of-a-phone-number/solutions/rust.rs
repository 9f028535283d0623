use std::io::{self, BufRead, Write};

// The letters of each key, in alphabetical order. Extending the combinations digit by digit, each
// combination followed by its letters in order, keeps the list in lexicographic order.
const KEYS: [&str; 10] = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];

fn main() {
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).unwrap();
    let digits = line.trim();
    if digits.is_empty() {
        return;
    }
    let mut combos = vec![String::new()];
    for d in digits.bytes() {
        let letters = KEYS[(d - b'0') as usize];
        let mut next = Vec::with_capacity(combos.len() * letters.len());
        for c in &combos {
            for letter in letters.chars() {
                let mut s = c.clone();
                s.push(letter);
                next.push(s);
            }
        }
        combos = next;
    }
    let mut out = String::with_capacity(combos.len() * (digits.len() + 1));
    for c in &combos {
        out.push_str(c);
        out.push('\n');
    }
    io::stdout().lock().write_all(out.as_bytes()).unwrap();
}
