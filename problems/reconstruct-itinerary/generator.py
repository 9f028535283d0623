# Makes the large hidden tests of reconstruct-itinerary (up to 20000 tickets).
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import string
import sys
from collections import defaultdict

MAX_TICKETS = 20000


def itinerary(tickets):
    # the reference: Hierholzer's algorithm, smallest destination first, route built back to front
    out = defaultdict(list)
    for a, b in tickets:
        out[a].append(b)
    for dests in out.values():
        dests.sort(reverse=True)
    route, stack = [], ["SFO"]
    while stack:
        dests = out[stack[-1]]
        if dests:
            stack.append(dests.pop())
        else:
            route.append(stack.pop())
    return route[::-1]


def codes(rng, count):
    names = set()
    while len(names) < count:
        names.add("".join(rng.choice(string.ascii_uppercase) for _ in range(3)))
    return sorted(names - {"SFO"})


def walk(rng, airports, length):
    # the tickets of a random trip from SFO that never flies from an airport to itself
    trip = ["SFO"]
    while len(trip) <= length:
        nxt = rng.choice(airports)
        if nxt != trip[-1]:
            trip.append(nxt)
    tickets = [[a, b] for a, b in zip(trip, trip[1:])]
    rng.shuffle(tickets)
    return tickets


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, tickets):
        assert 1 <= len(tickets) <= MAX_TICKETS
        route = itinerary(tickets)
        assert len(route) == len(tickets) + 1
        tests.append({"name": name, "input": {"tickets": tickets}, "expected": route})

    # a trap for trying tickets in order and undoing them at a dead end: from SFO the smaller
    # choice HUB leads to 14 round trips and then to the dead end END, but the round trip to ZZZ
    # must come first. Every order of the 14 round trips reaches END too early.
    trips = ["CA" + c for c in string.ascii_uppercase[:14]]
    tickets = [["SFO", "ZZZ"], ["ZZZ", "SFO"], ["SFO", "HUB"], ["HUB", "END"]]
    for c in trips:
        tickets += [["HUB", c], [c, "HUB"]]
    rng.shuffle(tickets)
    add("14 round trips from a hub before a dead end, one detour first", tickets)

    add("large: 20000 tickets among 2000 airports", walk(rng, codes(rng, 2000), MAX_TICKETS))
    add("large: 20000 tickets among 6 airports, many repeated", walk(rng, ["SFO", "ATL", "BOS", "DEN", "LAX", "MIA"], MAX_TICKETS))
    # one long chain through distinct airports, then a loop back: deep, with no choice at all
    chain = codes(rng, 9000)
    rng.shuffle(chain)
    trip = ["SFO"] + chain + ["SFO"] + chain[:5000]
    tickets = [[a, b] for a, b in zip(trip, trip[1:])]
    rng.shuffle(tickets)
    add("large: a chain through %d airports back to SFO and half of it again" % len(chain), tickets)

    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
