impl Solution {
    pub fn alien_order(words: Vec<String>) -> String {
        // Neighbouring words give the only rules: their first differing letters are in order. A word
        // followed by its own proper prefix is impossible. Then Kahn's algorithm, always taking the
        // smallest letter (in English order) that has no rule left before it.
        let mut present = [false; 26];
        let mut taken = [false; 26];
        let mut rule = [[false; 26]; 26];
        let mut indegree = [0i32; 26];
        for w in words.iter() {
            for &ch in w.as_bytes() {
                present[(ch - b'a') as usize] = true;
            }
        }
        for pair in words.windows(2) {
            let (a, b) = (pair[0].as_bytes(), pair[1].as_bytes());
            let mut i = 0;
            while i < a.len() && i < b.len() && a[i] == b[i] {
                i += 1;
            }
            if i < a.len() && i < b.len() {
                let (x, y) = ((a[i] - b'a') as usize, (b[i] - b'a') as usize);
                if !rule[x][y] {
                    rule[x][y] = true;
                    indegree[y] += 1;
                }
            } else if a.len() > b.len() {
                return String::new();
            }
        }
        let total = present.iter().filter(|&&p| p).count();
        let mut order = String::new();
        loop {
            let mut c = 0;
            while c < 26 && !(present[c] && !taken[c] && indegree[c] == 0) {
                c += 1;
            }
            if c == 26 {
                break;
            }
            taken[c] = true;
            order.push((b'a' + c as u8) as char);
            for d in 0..26 {
                if rule[c][d] {
                    indegree[d] -= 1;
                }
            }
        }
        if order.len() == total {
            order
        } else {
            String::new()
        }
    }
}
