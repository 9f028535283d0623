class Solution:
    def countWords(self, words: List[str]) -> Dict[str, int]:
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        return counts
