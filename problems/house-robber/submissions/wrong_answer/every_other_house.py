# Wrong: compares only two plans, the houses at even indices and the houses at odd indices, but the
# best plan may skip two houses in a row ([10, 1, 1, 10]).
class Solution:
    def rob(self, nums):
        return max(sum(nums[0::2]), sum(nums[1::2]))
