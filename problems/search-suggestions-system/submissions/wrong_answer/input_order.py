# Wrong: shows the first three matching names in the order of the input instead of the three
# smallest in alphabetical order.
class Solution:
    def suggestedProducts(self, products, searchWord):
        result = []
        for i in range(1, len(searchWord) + 1):
            prefix = searchWord[:i]
            result.append([p for p in products if p.startswith(prefix)][:3])
        return result
