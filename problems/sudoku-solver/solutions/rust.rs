use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let rows: Vec<&[u8]> = input.split_ascii_whitespace().map(|s| s.as_bytes()).collect();
    let mut grid = [0u32; 81];
    let mut box_of = [0usize; 81];
    let (mut row_m, mut col_m, mut box_m) = ([0u32; 9], [0u32; 9], [0u32; 9]);
    let mut empty: Vec<usize> = Vec::new();
    for p in 0..81 {
        box_of[p] = (p / 27) * 3 + (p % 9) / 3;
        let ch = rows[p / 9][p % 9];
        if ch == b'.' {
            empty.push(p);
        } else {
            grid[p] = (ch - b'0') as u32;
            let bit = 1u32 << grid[p];
            row_m[p / 9] |= bit;
            col_m[p % 9] |= bit;
            box_m[box_of[p]] |= bit;
        }
    }
    const FULL: u32 = 0x3FE; // bits 1..9
    // iterative backtracking; each step fills the empty cell with the fewest candidates
    let mut stack: Vec<(usize, u32)> = Vec::new();
    let n = empty.len();
    let mut filled = 0;
    while filled < n {
        let (mut best_i, mut best_count, mut best_mask) = (0usize, 10u32, 0u32);
        for i in filled..n {
            let p = empty[i];
            let m = FULL & !(row_m[p / 9] | col_m[p % 9] | box_m[box_of[p]]);
            let k = m.count_ones();
            if k < best_count {
                best_i = i;
                best_count = k;
                best_mask = m;
                if k <= 1 {
                    break;
                }
            }
        }
        empty.swap(filled, best_i);
        let mut p = empty[filled];
        let mut m = best_mask;
        loop {
            if m != 0 {
                let bit = m & m.wrapping_neg();
                m ^= bit;
                grid[p] = bit.trailing_zeros();
                row_m[p / 9] |= bit;
                col_m[p % 9] |= bit;
                box_m[box_of[p]] |= bit;
                stack.push((p, m));
                filled += 1;
                break;
            }
            // no candidate left: undo the previous choice and try its next candidate
            let (q, rest) = stack.pop().unwrap();
            p = q;
            m = rest;
            let bit = 1u32 << grid[p];
            grid[p] = 0;
            row_m[p / 9] ^= bit;
            col_m[p % 9] ^= bit;
            box_m[box_of[p]] ^= bit;
            filled -= 1;
        }
    }
    let mut out = String::with_capacity(90);
    for p in 0..81 {
        out.push((b'0' + grid[p] as u8) as char);
        if p % 9 == 8 {
            out.push('\n');
        }
    }
    print!("{}", out);
}
