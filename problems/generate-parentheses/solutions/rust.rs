use std::io::{self, Read, Write};

// place one character at position pos; '(' is tried before ')' so the strings come out sorted
fn build(pos: usize, opened: usize, closed: usize, n: usize, buf: &mut Vec<u8>, out: &mut Vec<u8>) {
    if pos == 2 * n {
        out.extend_from_slice(buf);
        out.push(b'\n');
        return;
    }
    if opened < n {
        buf[pos] = b'(';
        build(pos + 1, opened + 1, closed, n, buf, out);
    }
    if closed < opened {
        buf[pos] = b')';
        build(pos + 1, opened, closed + 1, n, buf, out);
    }
}

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let n: usize = input.trim().parse().unwrap();
    let mut buf = vec![b' '; 2 * n];
    let mut out = Vec::new();
    build(0, 0, 0, n, &mut buf, &mut out);
    io::stdout().write_all(&out).unwrap();
}
