/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number|null}
 */
function findIndex(nums, target) {
    return nums.indexOf(target);
}
