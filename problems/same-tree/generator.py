# Makes the large hidden tests of Same Tree (two trees of up to 100000 nodes each, random or one
# long path, identical or differing in a single deep place), too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys
from collections import deque


class Node:
    __slots__ = ("val", "left", "right")

    def __init__(self, val):
        self.val, self.left, self.right = val, None, None


def level_order(root):
    # the tree in the tests' format: level order, null for a missing child, trailing nulls dropped
    out, queue = [], deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
        else:
            out.append(node.val)
            queue.append(node.left)
            queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def random_tree(rng, n, value):
    # n nodes, each new one hung on a random free child slot of the tree so far
    root = Node(value())
    slots = [(root, 0), (root, 1)]
    for _ in range(n - 1):
        j = rng.randrange(len(slots))
        slots[j], slots[-1] = slots[-1], slots[j]
        parent, side = slots.pop()
        node = Node(value())
        if side == 0:
            parent.left = node
        else:
            parent.right = node
        slots.append((node, 0))
        slots.append((node, 1))
    return root


def path(n, value, side):
    # a path of n nodes: node i+1 is the left (side(i) == 0) or right child of node i
    root = node = Node(value())
    for i in range(n - 1):
        child = Node(value())
        if side(i) == 0:
            node.left = child
        else:
            node.right = child
        node = child
    return root


def complete_tree(n, value):
    nodes = [Node(value()) for _ in range(n)]
    for i in range(n):
        if 2 * i + 1 < n:
            nodes[i].left = nodes[2 * i + 1]
        if 2 * i + 2 < n:
            nodes[i].right = nodes[2 * i + 2]
    return nodes[0]


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 100000

    def value():
        return rng.randint(-10000, 10000)

    def test(name, p, q):
        # the reference: the level order with its nulls describes a tree completely
        return {"name": name, "input": {"p": p, "q": q}, "expected": p == q}

    def other(v):
        return v + 1 if v < 10000 else v - 1

    tests = []
    tree = level_order(random_tree(rng, n, value))
    tests.append(test("large: identical random trees of 100000 nodes", tree, list(tree)))
    changed = list(tree)
    changed[-1] = other(changed[-1])
    tests.append(test("large: random trees of 100000 nodes, the last leaf's value differs", tree, changed))
    fewer = tree[:-1]
    while fewer[-1] is None:
        fewer.pop()
    tests.append(test("large: a random tree of 100000 nodes against itself without its last leaf", tree, fewer))

    zigzag = level_order(path(n, value, lambda i: i % 2))
    tests.append(test("large: identical zigzag paths of 100000 nodes", zigzag, list(zigzag)))
    sides = [rng.randrange(2) for _ in range(n - 1)]
    values = [value() for _ in range(n)]
    it = iter(values)
    first = level_order(path(n, lambda: next(it), lambda i: sides[i]))
    sides[-1] = 1 - sides[-1]
    it = iter(values)
    second = level_order(path(n, lambda: next(it), lambda i: sides[i]))
    tests.append(test("large: paths of 100000 nodes, the last node on the other side", first, second))
    changed = list(zigzag)
    middle = len(changed) // 2
    while changed[middle] is None:
        middle += 1
    changed[middle] = other(changed[middle])
    tests.append(test("large: zigzag paths of 100000 nodes, one value in the middle differs", zigzag, changed))
    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
