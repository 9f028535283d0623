impl Solution {
    // A binary trie of the numbers' 31 bits, from the top bit down, in one flat vector
    // (child[2k] and child[2k+1] are node k's children, 0: none; node 0 is the root). Each number,
    // before it is inserted, walks down the trie always trying the opposite bit: that finds the
    // number already inserted whose XOR with it is largest.
    // The numbers are taken in sorted order: neighbours then walk almost the same paths, which
    // keeps the trie's memory accesses close together (much faster than a random order).
    pub fn find_maximum_xor(mut nums: Vec<i32>) -> i32 {
        nums.sort_unstable();
        let n = nums.len();
        let mut child = vec![0u32; 2 * (31 * n + 1)];
        let mut size = 1u32;
        let mut best = 0;
        for (i, &x) in nums.iter().enumerate() {
            if i > 0 {
                let (mut node, mut cur) = (0usize, 0i32);
                for b in (0..31).rev() {
                    let bit = ((x >> b) & 1) as usize;
                    let other = child[2 * node + (bit ^ 1)] as usize;
                    if other != 0 {
                        cur |= 1 << b;
                        node = other;
                    } else {
                        node = child[2 * node + bit] as usize;
                    }
                }
                best = best.max(cur);
            }
            let mut node = 0usize;
            for b in (0..31).rev() {
                let slot = 2 * node + ((x >> b) & 1) as usize;
                if child[slot] == 0 {
                    child[slot] = size;
                    size += 1;
                }
                node = child[slot] as usize;
            }
        }
        best
    }
}
