from collections import Counter


class Solution:
    def isNStraightHand(self, hand, groupSize):
        # The smallest card left must start a group, so take the values in increasing order: a value
        # with c cards left starts c groups, which take c cards of each of the next groupSize - 1
        # values. O(n log n) for the sort.
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for v in sorted(count):
            c = count[v]
            if c:
                for w in range(v, v + groupSize):
                    if count.get(w, 0) < c:
                        return False
                    count[w] -= c
        return True
