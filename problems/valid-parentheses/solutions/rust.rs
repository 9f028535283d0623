impl Solution {
    pub fn is_valid(s: String) -> bool {
        // stack of the closing brackets that the currently open brackets expect, innermost last
        let mut expected: Vec<u8> = Vec::with_capacity(s.len());
        for c in s.bytes() {
            match c {
                b'(' => expected.push(b')'),
                b'[' => expected.push(b']'),
                b'{' => expected.push(b'}'),
                _ => {
                    if expected.pop() != Some(c) {
                        return false;
                    }
                }
            }
        }
        expected.is_empty()
    }
}
