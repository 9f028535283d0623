# Wrong: checks both kinds of cut at every place, including the cut before the first letter for
# the second kind, so two words that are each other's reverse (or a palindrome and the empty
# word) have their pairs reported twice.
class Solution:
    def palindromePairs(self, words):
        index = {w: i for i, w in enumerate(words)}
        pairs = []
        for i, w in enumerate(words):
            for j in range(len(w) + 1):
                left, right = w[:j], w[j:]
                k = index.get(left[::-1])
                if k is not None and k != i and right == right[::-1]:
                    pairs.append([i, k])
                k = index.get(right[::-1])
                if k is not None and k != i and left == left[::-1]:
                    pairs.append([k, i])
        return pairs
