# Mistake: put on a key already in the cache only changes its value; it does not count as a use,
# so the key keeps its old place in the recency order and may be evicted too early.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            self.data[key] = value
            return
        if len(self.data) == self.capacity:
            self.data.popitem(last=False)
        self.data[key] = value
