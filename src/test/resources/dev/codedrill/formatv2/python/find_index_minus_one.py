class Solution:
    def findIndex(self, nums: List[int], target: int) -> Optional[int]:
        for i, v in enumerate(nums):
            if v == target:
                return i
        return -1
