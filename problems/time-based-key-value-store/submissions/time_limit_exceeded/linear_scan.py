# Correct but slow: keeps every set call in one list per key and scans the whole list on each get,
# O(k) per get for a key with k versions.
class TimeMap:
    def __init__(self):
        self.history = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        best_time, best = 0, ""
        for t, v in self.history.get(key, []):
            if t <= timestamp and t > best_time:
                best_time, best = t, v
        return best
