from typing import List, Optional


class Solution:
    def majority(self, nums: List[int]) -> Optional[int]:
        # Pairing off different values (Boyer-Moore voting): a majority survives every pairing, so it
        # is the last candidate left. Any array leaves a candidate, so count it to be sure.
        candidate, votes = None, 0
        for x in nums:
            if votes == 0:
                candidate, votes = x, 1
            elif x == candidate:
                votes += 1
            else:
                votes -= 1
        if candidate is not None and nums.count(candidate) * 2 > len(nums):
            return candidate
        return None
