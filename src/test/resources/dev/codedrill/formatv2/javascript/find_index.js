/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number|null}
 */
function findIndex(nums, target) {
    for (let i = 0; i < nums.length; i++) {
        if (nums[i] === target) return i;
    }
    return null;
}
