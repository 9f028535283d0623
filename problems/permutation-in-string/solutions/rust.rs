impl Solution {
    pub fn check_inclusion(s1: String, s2: String) -> bool {
        let (a1, a2) = (s1.as_bytes(), s2.as_bytes());
        let (m, n) = (a1.len(), a2.len());
        if m > n {
            return false;
        }
        // diff[c] = (count of c in s1) - (count of c in the window of s2); `off` letters have diff != 0
        let mut diff = [0i32; 26];
        for i in 0..m {
            diff[(a1[i] - b'a') as usize] += 1;
            diff[(a2[i] - b'a') as usize] -= 1;
        }
        let mut off = diff.iter().filter(|&&d| d != 0).count();
        if off == 0 {
            return true;
        }
        for i in m..n {
            let a = (a2[i] - b'a') as usize; // enters the window
            if diff[a] == 0 {
                off += 1;
            }
            diff[a] -= 1;
            if diff[a] == 0 {
                off -= 1;
            }
            let b = (a2[i - m] - b'a') as usize; // leaves the window
            if diff[b] == 0 {
                off += 1;
            }
            diff[b] += 1;
            if diff[b] == 0 {
                off -= 1;
            }
            if off == 0 {
                return true;
            }
        }
        false
    }
}
