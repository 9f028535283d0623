from bisect import bisect_right


class TimeMap:
    # For every key, the timestamps of its set calls (increasing, as they arrive) and the values
    # stored at them. get finds the last timestamp <= the one asked for by binary search:
    # set is O(1), get is O(log k) for a key with k versions.
    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        if key not in self.times:
            self.times[key] = []
            self.values[key] = []
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if times is None:
            return ""
        i = bisect_right(times, timestamp)  # the versions before i are the ones set at or before timestamp
        return self.values[key][i - 1] if i > 0 else ""
