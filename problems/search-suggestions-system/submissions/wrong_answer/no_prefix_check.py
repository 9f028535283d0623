# Wrong: finds where the prefix would go in the sorted list but takes the next three names without
# checking that they really begin with it, so names of the next block slip in when fewer than
# three match.
from bisect import bisect_left


class Solution:
    def suggestedProducts(self, products, searchWord):
        names = sorted(products)
        result = []
        for i in range(1, len(searchWord) + 1):
            lo = bisect_left(names, searchWord[:i])
            result.append(names[lo:lo + 3])
        return result
