# Mistake: sorts the hand and cuts it into consecutive pieces of groupSize cards, checking that each
# piece is a run. With duplicates the groups interleave ([1,1,2,2,3,3] is two runs 1,2,3, but its
# pieces are [1,1,2] and [2,3,3]), so valid hands are rejected.
class Solution:
    def isNStraightHand(self, hand, groupSize):
        if len(hand) % groupSize:
            return False
        cards = sorted(hand)
        for start in range(0, len(cards), groupSize):
            for k in range(1, groupSize):
                if cards[start + k] != cards[start + k - 1] + 1:
                    return False
        return True
