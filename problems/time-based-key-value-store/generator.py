# Makes the large hidden tests of Time Based Key-Value Store at the statement's limits (100000 calls
# besides the constructor, timestamps up to 10^7), too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import string
import sys
from bisect import bisect_right

MAX_CALLS = 100000
MAX_TIME = 10**7
LETTERS = string.ascii_lowercase + string.digits


def replay(calls, args):
    # the reference: for every key its timestamps and values in the order set, searched by bisection
    times, values = {}, {}
    out = [None]
    for name, a in zip(calls[1:], args[1:]):
        if name == "set":
            key, value, t = a
            times.setdefault(key, []).append(t)
            values.setdefault(key, []).append(value)
            out.append(None)
        else:
            key, t = a
            ts = times.get(key, [])
            i = bisect_right(ts, t)
            out.append(values[key][i - 1] if i > 0 else "")
    return out


def word(rng, low, high):
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(low, high)))


def test(name, ops):
    assert len(ops) == MAX_CALLS
    calls = ["TimeMap"] + [op[0] for op in ops]
    args = [[]] + [op[1] for op in ops]
    return {"name": name, "input": {"calls": calls, "args": args}, "expected": replay(calls, args)}


def one_key(rng):
    # 50000 versions of one key, then 50000 gets at random times (a third of them exactly at a
    # version's timestamp): scanning the versions takes 25000 steps per get on average
    ops = []
    stamps = []
    for i in range(1, MAX_CALLS // 2 + 1):
        t = 200 * i - rng.randrange(200)
        stamps.append(t)
        ops.append(("set", ["clock", word(rng, 1, 8), t]))
    while len(ops) < MAX_CALLS:
        t = rng.choice(stamps) if rng.random() < 0.35 else rng.randint(1, MAX_TIME)
        ops.append(("get", ["clock", t]))
    return ops


def many_keys(rng):
    # 3000 keys, sets and gets mixed; the timestamps grow with the calls, the gets ask about any time
    keys = list({word(rng, 1, 6) for _ in range(3500)})[:3000]
    last = {}
    ops = []
    now = 0
    for _ in range(MAX_CALLS):
        key = rng.choice(keys)
        if rng.random() < 0.5:
            now += rng.randint(1, 49)
            t = now if key not in last else max(now, last[key] + 1)
            last[key] = t
            ops.append(("set", [key, word(rng, 1, 10), t]))
        else:
            r = rng.random()
            if r < 0.3 and key in last:
                t = last[key]
            elif r < 0.6:
                t = rng.randint(1, now + 1)
            else:
                t = rng.randint(1, MAX_TIME)
            ops.append(("get", [key, t]))
    return ops


def few_keys(rng):
    # 8 keys with about 6000 versions each and gets between them: every key's list is long, and the
    # times asked for fall at, just before and just after its versions
    keys = ["k%d" % i for i in range(8)]
    stamps = {k: [] for k in keys}
    ops = []
    now = 0
    for _ in range(MAX_CALLS):
        key = rng.choice(keys)
        if rng.random() < 0.5 or not stamps[key]:
            now += rng.randint(1, 100)
            stamps[key].append(now)
            ops.append(("set", [key, word(rng, 1, 10), now]))
        else:
            t = rng.choice(stamps[key]) + rng.choice((-1, 0, 0, 1, rng.randint(-500, 500)))
            ops.append(("get", [key, max(1, t)]))
    return ops


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = [
        test("large: one key with 50000 versions, then 50000 gets", one_key(rng)),
        test("large: 3000 keys, 100000 sets and gets mixed", many_keys(rng)),
        test("large: 8 keys with long histories, gets next to their timestamps", few_keys(rng)),
    ]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
