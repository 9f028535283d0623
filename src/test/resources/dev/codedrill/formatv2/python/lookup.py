class Solution:
    def lookup(self, names: Dict[int, str], scores: Dict[str, List[int]], id: int) -> int:
        if id not in names:
            return -1
        return sum(scores[names[id]])
