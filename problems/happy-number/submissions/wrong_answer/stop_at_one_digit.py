# Stops as soon as the number has a single digit and answers "is it 1?". But 7 is happy too
# (7, 49, 97, 130, 10, 1), and so is every number that reaches 7.
class Solution:
    def isHappy(self, n):
        while n >= 10:
            n = sum(int(c) ** 2 for c in str(n))
        return n == 1
