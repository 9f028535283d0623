from bisect import bisect_left


class Solution:
    def suggestedProducts(self, products, searchWord):
        # Sort the names once: the names that start with a prefix then form one block of the
        # sorted list, and its first three names are the suggestions. The block of a longer
        # prefix lies inside the block of a shorter one, so its start never moves left.
        names = sorted(products)
        result = []
        lo = 0
        prefix = ""
        for ch in searchWord:
            prefix += ch
            lo = bisect_left(names, prefix, lo)
            row = []
            for name in names[lo:lo + 3]:
                if name.startswith(prefix):
                    row.append(name)
            result.append(row)
        return result
