impl Solution {
    pub fn trap(height: Vec<i32>) -> i32 {
        // two pointers: on the side whose wall is lower, the water level is set by that side's
        // running maximum (the other side is known to have a taller wall)
        if height.is_empty() {
            return 0;
        }
        let (mut left, mut right) = (0usize, height.len() - 1);
        let (mut left_max, mut right_max) = (0, 0);
        let mut water: i64 = 0;
        while left < right {
            if height[left] < height[right] {
                left_max = left_max.max(height[left]);
                water += (left_max - height[left]) as i64;
                left += 1;
            } else {
                right_max = right_max.max(height[right]);
                water += (right_max - height[right]) as i64;
                right -= 1;
            }
        }
        water as i32
    }
}
