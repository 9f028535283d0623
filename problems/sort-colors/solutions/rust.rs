impl Solution {
    pub fn sort_colors(nums: &mut Vec<i32>) {
        // three markers: nums[..low] is red, nums[high..] is blue, nums[low..mid] is white
        let (mut low, mut mid, mut high) = (0usize, 0usize, nums.len());
        while mid < high {
            match nums[mid] {
                0 => {
                    nums.swap(low, mid);
                    low += 1;
                    mid += 1;
                }
                1 => mid += 1,
                _ => {
                    high -= 1;
                    nums.swap(mid, high);
                }
            }
        }
    }
}
