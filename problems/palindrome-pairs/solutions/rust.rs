impl Solution {
    // Cut every word w in two, w = left + right, at each of its len(w) + 1 places.
    // - If right is a palindrome and some other word is left reversed, then w + that word is a
    //   palindrome: pair [i, k].
    // - If left is a palindrome and some other word is right reversed, then that word + w is a
    //   palindrome: pair [k, i]. The cut before the first letter is skipped here: that pair
    //   (k + w with k the whole of w reversed) is already found from k's side.
    pub fn palindrome_pairs(words: Vec<String>) -> Vec<Vec<i32>> {
        let mut index: HashMap<&str, usize> = HashMap::with_capacity(words.len() * 2);
        for (i, w) in words.iter().enumerate() {
            index.insert(w.as_str(), i);
        }
        // s[lo..hi) reads the same both ways
        fn is_pal(s: &[u8], lo: usize, hi: usize) -> bool {
            let (mut lo, mut hi) = (lo, hi);
            while lo + 1 < hi {
                if s[lo] != s[hi - 1] {
                    return false;
                }
                lo += 1;
                hi -= 1;
            }
            true
        }
        let mut pairs = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let wb = w.as_bytes();
            let n = wb.len();
            let rw: String = w.chars().rev().collect();
            for j in 0..=n {
                // left = w[0..j), reversed: rw[n-j..n); right = w[j..n), reversed: rw[0..n-j)
                if let Some(&k) = index.get(&rw[n - j..]) {
                    if k != i && is_pal(wb, j, n) {
                        pairs.push(vec![i as i32, k as i32]);
                    }
                }
                if j > 0 {
                    if let Some(&k) = index.get(&rw[..n - j]) {
                        if k != i && is_pal(wb, 0, j) {
                            pairs.push(vec![k as i32, i as i32]);
                        }
                    }
                }
            }
        }
        pairs
    }
}
