use std::io::{self, Read, Write};

fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut numbers = input.split_ascii_whitespace().map(|t| t.parse::<usize>().unwrap());
    let n = numbers.next().unwrap();
    let m = numbers.next().unwrap();
    let mut rules: Vec<(usize, usize)> = Vec::with_capacity(m);
    // the courses that need b are next[start[b]..start[b + 1]]
    let mut start = vec![0usize; n + 1];
    // prerequisites of a course not taken yet
    let mut missing = vec![0u32; n];
    for _ in 0..m {
        let a = numbers.next().unwrap();
        let b = numbers.next().unwrap();
        rules.push((a, b));
        start[b + 1] += 1;
        missing[a] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut next = vec![0usize; m];
    for &(a, b) in &rules {
        next[fill[b]] = a;
        fill[b] += 1;
    }

    // take courses whose prerequisites are all taken; taking one may free others
    let mut order: Vec<usize> = (0..n).filter(|&c| missing[c] == 0).collect();
    let mut head = 0;
    while head < order.len() {
        let c = order[head];
        head += 1;
        for &v in &next[start[c]..start[c + 1]] {
            missing[v] -= 1;
            if missing[v] == 0 {
                order.push(v);
            }
        }
    }
    let out = if order.len() < n {
        "IMPOSSIBLE\n".to_string()
    } else {
        let parts: Vec<String> = order.iter().map(|c| c.to_string()).collect();
        parts.join(" ") + "\n"
    };
    io::stdout().write_all(out.as_bytes()).unwrap();
}
