use std::io::{self, Read};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut it = input.split_ascii_whitespace();
    let a = it.next().unwrap().as_bytes();
    let b = it.next().unwrap().as_bytes();
    if a == b"0" || b == b"0" {
        println!("0");
        return;
    }
    let (n, m) = (a.len(), b.len());
    let y: Vec<u32> = b.iter().map(|&c| (c - b'0') as u32).collect();
    // digit i of a times digit j of b lands in column i + j + 1 of the product (counted from the
    // left); add all of them first (at most 2000 * 81 per column), carry once at the end
    let mut col = vec![0u32; n + m];
    for i in 0..n {
        let dx = (a[i] - b'0') as u32;
        if dx == 0 {
            continue;
        }
        for j in 0..m {
            col[i + j + 1] += dx * y[j];
        }
    }
    let mut carry = 0u32;
    for k in (0..n + m).rev() {
        let t = col[k] + carry;
        col[k] = t % 10;
        carry = t / 10;
    }
    let start = if col[0] == 0 { 1 } else { 0 };
    let out: String = col[start..].iter().map(|&d| (b'0' + d as u8) as char).collect();
    println!("{}", out);
}
