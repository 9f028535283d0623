use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    // the text is the first line; words are the runs of non-space characters
    let line = input.lines().next().unwrap_or("");
    let words: Vec<&str> = line.split_ascii_whitespace().rev().collect();
    let mut out = words.join(" ");
    out.push('\n');
    io::stdout().write_all(out.as_bytes()).unwrap();
}
