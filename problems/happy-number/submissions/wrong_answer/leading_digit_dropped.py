# Off by one in the digit loop: "while n >= 10" stops before the leading digit is added.
class Solution:
    def isHappy(self, n):
        seen = set()
        while n != 1 and n not in seen:
            seen.add(n)
            total = 0
            while n >= 10:
                total += (n % 10) ** 2
                n //= 10
            n = total
        return n == 1
