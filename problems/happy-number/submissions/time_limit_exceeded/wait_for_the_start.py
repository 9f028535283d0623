# Believes an unhappy number always comes back to itself, so it loops until it sees 1 or the
# starting number again. 2 never comes back (2, 4, 16, 37, ... 4, 16, ...): it loops forever.
class Solution:
    def isHappy(self, n):
        start = n
        while True:
            n = sum(int(c) ** 2 for c in str(n))
            if n == 1:
                return True
            if n == start:
                return False
