class Solution:
    def isHappy(self, n):
        # follow the sequence until it reaches 1 or repeats a number (then it loops forever)
        seen = set()
        while n != 1 and n not in seen:
            seen.add(n)
            total = 0
            while n > 0:
                n, d = divmod(n, 10)
                total += d * d
            n = total
        return n == 1
