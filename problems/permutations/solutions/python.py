class Solution:
    def permute(self, nums):
        # backtracking: fill the positions one by one with a value not used yet. O(n * n!)
        n = len(nums)
        result = []
        current = []
        used = [False] * n

        def place():
            if len(current) == n:
                result.append(current[:])
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    current.append(nums[i])
                    place()
                    current.pop()
                    used[i] = False

        place()
        return result
