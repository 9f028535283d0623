# Wrong: only pairs a word with its exact reverse (and a palindrome with the empty word), missing
# pairs of different lengths such as "tab" + "abat".
class Solution:
    def palindromePairs(self, words):
        index = {w: i for i, w in enumerate(words)}
        pairs = []
        for i, w in enumerate(words):
            k = index.get(w[::-1])
            if k is not None and k != i:
                pairs.append([i, k])
            if w and w == w[::-1] and "" in index:
                pairs.append([i, index[""]])
                pairs.append([index[""], i])
        return pairs
