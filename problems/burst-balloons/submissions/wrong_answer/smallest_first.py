# Wrong: greedy; always bursts the smallest balloon left (keeping the big ones as neighbours for
# later), which is often but not always the best order.
class Solution:
    def maxCoins(self, nums):
        v = list(nums)
        total = 0
        while v:
            i = min(range(len(v)), key=lambda j: v[j])
            left = v[i - 1] if i > 0 else 1
            right = v[i + 1] if i + 1 < len(v) else 1
            total += left * v[i] * right
            v.pop(i)
        return total
