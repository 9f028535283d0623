# Makes the large hidden tests of LRU Cache at the statement's limits (capacity 50000, keys up to
# 100000, 100000 calls to get and put besides the constructor), too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys
from collections import OrderedDict

MAX_CALLS = 100000
MAX_KEY = 100000
MAX_VALUE = 10**9


def replay(capacity, calls, args):
    # the reference: an OrderedDict from the least to the most recently used key
    data = OrderedDict()
    out = [None]
    for name, a in zip(calls[1:], args[1:]):
        if name == "get":
            key = a[0]
            if key in data:
                data.move_to_end(key)
                out.append(data[key])
            else:
                out.append(-1)
        else:
            key, value = a
            if key in data:
                data.move_to_end(key)
            elif len(data) == capacity:
                data.popitem(last=False)
            data[key] = value
            out.append(None)
    return out


def test(name, capacity, ops):
    calls = ["LRUCache"] + [op[0] for op in ops]
    args = [[capacity]] + [op[1] for op in ops]
    assert len(ops) == MAX_CALLS
    return {"name": name, "input": {"calls": calls, "args": args},
            "expected": replay(capacity, calls, args)}


def random_mix(rng, capacity):
    # puts and gets of keys spread over the whole key range: about half of the gets miss
    ops = []
    for _ in range(MAX_CALLS):
        key = rng.randint(0, MAX_KEY)
        if rng.random() < 0.55:
            ops.append(("put", [key, rng.randint(0, MAX_VALUE)]))
        else:
            ops.append(("get", [key]))
    return ops


def fill_then_churn(rng, capacity):
    # fills the cache with distinct keys, then gets keys in the middle and at the recent end of the
    # order (hits far from the least recently used end) mixed with puts of new keys that evict
    ops = []
    keys = rng.sample(range(MAX_KEY + 1), capacity)
    for k in keys:
        ops.append(("put", [k, rng.randint(0, MAX_VALUE)]))
    recent = list(keys)  # roughly the keys in use, most recent last
    while len(ops) < MAX_CALLS:
        r = rng.random()
        if r < 0.6:
            k = recent[-1 - min(len(recent) - 1, int(rng.expovariate(1 / 20000)))]
            ops.append(("get", [k]))
            recent.append(k)
        elif r < 0.8:
            k = recent[-1 - rng.randrange(min(len(recent), capacity))]
            ops.append(("put", [k, rng.randint(0, MAX_VALUE)]))
            recent.append(k)
        else:
            k = rng.randint(0, MAX_KEY)
            ops.append(("put", [k, rng.randint(0, MAX_VALUE)]))
            recent.append(k)
    return ops


def recent_keys(rng, capacity):
    # keys drawn mostly from the last few hundred used, so that which key is least recently used
    # keeps changing; every call decides whether a key near the capacity's edge survives
    ops = []
    used = []
    for _ in range(MAX_CALLS):
        if used and rng.random() < 0.7:
            k = used[-1 - min(len(used) - 1, int(rng.expovariate(1 / (capacity * 0.9))))]
        else:
            k = rng.randint(0, MAX_KEY)
        used.append(k)
        if rng.random() < 0.5:
            ops.append(("put", [k, rng.randint(0, MAX_VALUE)]))
        else:
            ops.append(("get", [k]))
    return ops


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = [
        test("large: capacity 50000, 100000 random calls over keys 0 to 100000", 50000,
             random_mix(rng, 50000)),
        test("large: capacity 50000 filled, then 50000 calls on recent and middle keys", 50000,
             fill_then_churn(rng, 50000)),
        test("large: capacity 1000, 100000 calls on recently used keys", 1000,
             recent_keys(rng, 1000)),
    ]
    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
