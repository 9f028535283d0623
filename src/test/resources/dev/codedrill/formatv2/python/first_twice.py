class Solution:
    def firstTwice(self, s: str, skip: List[str]) -> Optional[str]:
        seen = set()
        for c in s:
            if c in skip:
                continue
            if c in seen:
                return c
            seen.add(c)
        return None
