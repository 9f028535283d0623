class Solution:
    def jump(self, nums):
        # Breadth-first by layers: the stones reachable with k jumps form one run; `end` is the last
        # stone of the current run and `farthest` the end of the next one. O(n).
        jumps = end = farthest = 0
        for i in range(len(nums) - 1):
            if i + nums[i] > farthest:
                farthest = i + nums[i]
            if i == end:
                jumps += 1
                end = farthest
        return jumps
