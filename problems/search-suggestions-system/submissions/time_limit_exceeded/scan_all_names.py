# Correct but slow: for every prefix, looks through all the names again and sorts those that
# match. With 50000 names and a 1000-letter word that is 5 * 10^7 prefix tests.
class Solution:
    def suggestedProducts(self, products, searchWord):
        result = []
        for i in range(1, len(searchWord) + 1):
            prefix = searchWord[:i]
            result.append(sorted(p for p in products if p.startswith(prefix))[:3])
        return result
