use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let rows: Vec<&[u8]> = input.split_ascii_whitespace().map(|s| s.as_bytes()).collect();
    // one bit per digit for each row, each column and each 3x3 box
    let mut row_seen = [0u32; 9];
    let mut col_seen = [0u32; 9];
    let mut box_seen = [0u32; 9];
    for r in 0..9 {
        for c in 0..9 {
            let ch = rows[r][c];
            if ch == b'.' {
                continue;
            }
            let bit = 1u32 << (ch - b'0');
            let b = (r / 3) * 3 + c / 3;
            if row_seen[r] & bit != 0 || col_seen[c] & bit != 0 || box_seen[b] & bit != 0 {
                println!("false");
                return;
            }
            row_seen[r] |= bit;
            col_seen[c] |= bit;
            box_seen[b] |= bit;
        }
    }
    println!("true");
}
