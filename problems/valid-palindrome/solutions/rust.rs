use std::io::{self, Read};

fn main() {
    let mut data = Vec::new();
    io::stdin().read_to_end(&mut data).unwrap();
    let mut n = data.iter().position(|&c| c == b'\n').unwrap_or(data.len());
    if n > 0 && data[n - 1] == b'\r' {
        n -= 1;
    }
    let line = &data[..n];
    // two pointers from both ends, each skipping what is not a letter or a digit
    let mut ok = true;
    if n > 0 {
        let (mut i, mut j) = (0usize, n - 1);
        while i < j {
            let (a, b) = (line[i], line[j]);
            if !a.is_ascii_alphanumeric() {
                i += 1;
            } else if !b.is_ascii_alphanumeric() {
                j -= 1;
            } else if a.to_ascii_lowercase() != b.to_ascii_lowercase() {
                ok = false;
                break;
            } else {
                i += 1;
                j -= 1;
            }
        }
    }
    println!("{}", ok);
}
