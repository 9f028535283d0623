class Solution:
    def countSmaller(self, nums):
        # Walk from the right end; a Fenwick tree over the ranks of the values counts how many of the
        # values already passed (those to the right) have a smaller rank. O(n log n).
        n = len(nums)
        ranks = {v: i + 1 for i, v in enumerate(sorted(set(nums)))}
        size = len(ranks)
        tree = [0] * (size + 1)
        out = [0] * n
        for i in range(n - 1, -1, -1):
            r = ranks[nums[i]]
            j = r - 1
            s = 0
            while j:
                s += tree[j]
                j &= j - 1
            out[i] = s
            while r <= size:
                tree[r] += 1
                r += r & -r
        return out
