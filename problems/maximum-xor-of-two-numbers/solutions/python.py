class Solution:
    def findMaximumXOR(self, nums):
        # Build the answer bit by bit from the top. With the higher bits of the answer fixed as
        # `best`, try to set the next bit too: that works if two numbers' prefixes (their bits
        # from the top down to this one) XOR to best*2+1, i.e. if for some prefix p the prefix
        # p ^ (best*2+1) is present as well. (map and set do the loops in C: 31 rounds over
        # 200000 numbers.)
        best = 0
        for shift in range(30, -1, -1):
            prefixes = set(map(shift.__rrshift__, nums))
            want = best * 2 + 1
            if prefixes.isdisjoint(map(want.__xor__, prefixes)):
                best = want - 1
            else:
                best = want
        return best
