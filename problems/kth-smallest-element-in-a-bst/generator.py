# Makes the large hidden tests of Kth Smallest Element in a BST (100000 nodes: a random search tree
# and search trees that are one long path, with k at either end or in the middle), too big for
# tests.json.
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


def search_tree(values):
    # inserts the values one by one, in the given order, into an initially empty search tree
    root = Node(values[0])
    for v in values[1:]:
        node = root
        while True:
            if v < node.val:
                if node.left is None:
                    node.left = Node(v)
                    break
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(v)
                    break
                node = node.right
    return root


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 100000
    values = rng.sample(range(-2 ** 31, 2 ** 31), n)
    ascending = sorted(values)

    random_bst = level_order(search_tree(values))
    # a path to the left: each value is smaller than the one above it
    it = iter(reversed(ascending))
    left_path = level_order(path(n, lambda: next(it), lambda i: 0))
    it = iter(ascending)
    right_path = level_order(path(n, lambda: next(it), lambda i: 1))
    # a zigzag path: the smallest value left, then the largest left, and so on, each node a child
    # of the one before (a right child after a small value, a left child after a large one)
    zigzag_order = []
    lo, hi = 0, n - 1
    while lo <= hi:
        zigzag_order.append(ascending[lo])
        lo += 1
        if lo <= hi:
            zigzag_order.append(ascending[hi])
            hi -= 1
    it = iter(zigzag_order)
    zigzag = level_order(path(n, lambda: next(it), lambda i: 1 - i % 2))

    cases = [
        ("large: random search tree of 100000 nodes, random k", random_bst, rng.randint(1, n)),
        ("large: random search tree of 100000 nodes, k = n", random_bst, n),
        ("large: left path of 100000 nodes, k = 1", left_path, 1),
        ("large: left path of 100000 nodes, k = n", left_path, n),
        ("large: right path of 100000 nodes, k = n - 1", right_path, n - 1),
        ("large: zigzag path of 100000 nodes, middle k", zigzag, n // 2),
    ]
    # the reference: the k-th value in increasing order
    tests = [{"name": name, "input": {"root": root, "k": k}, "expected": ascending[k - 1]}
             for name, root, k in cases]
    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
