# Mistake (off by one): bisect_left finds the versions set strictly before the timestamp, so a get
# at exactly the moment of a set misses that set's value.
from bisect import bisect_left


class TimeMap:
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if times is None:
            return ""
        i = bisect_left(times, timestamp)
        return self.values[key][i - 1] if i > 0 else ""
