# Wrong: the monotonic deque keeps VALUES instead of indices and also removes EQUAL values from the
# back. When a value leaves the window it pops the front if it is equal, but that front may be a
# later copy that is still inside the window ([3, 3, 1, 1], k = 2 gives 1 for [3, 1]).
from collections import deque


class Solution:
    def maxSlidingWindow(self, nums, k):
        dq = deque()
        out = []
        for i, x in enumerate(nums):
            if i >= k and dq and dq[0] == nums[i - k]:
                dq.popleft()
            while dq and dq[-1] <= x:
                dq.pop()
            dq.append(x)
            if i >= k - 1:
                out.append(dq[0])
        return out
