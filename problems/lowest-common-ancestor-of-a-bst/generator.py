# Makes the large hidden tests of Lowest Common Ancestor of a BST (100000 nodes: two paths as deep as
# the tree is large, a random and a balanced search tree), too big for tests.json.
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


def insert_all(values):
    # a binary search tree made by inserting the values in the given order (iteratively)
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


def path_of(values):
    # the values as a path, each node the only child of the one before: a search tree when every value
    # lies between the earlier ones on the correct side (right child when larger, left when smaller)
    root = node = Node(values[0])
    for v in values[1:]:
        child = Node(v)
        if v < node.val:
            node.left = child
        else:
            node.right = child
        node = child
    return root


def balanced(values):
    # the sorted values as a balanced search tree: the middle value on top, built with a stack
    values = sorted(values)
    root = Node(0)
    stack = [(root, 0, len(values) - 1)]
    while stack:
        node, lo, hi = stack.pop()
        mid = (lo + hi) // 2
        node.val = values[mid]
        if lo <= mid - 1:
            node.left = Node(0)
            stack.append((node.left, lo, mid - 1))
        if mid + 1 <= hi:
            node.right = Node(0)
            stack.append((node.right, mid + 1, hi))
    return root


def lca(root, p, q):
    # the reference, without the search-tree order: parent links, the ancestors of p's node marked,
    # then the first marked node on the way up from q's node
    parent = {id(root): None}
    by_value = {}
    stack = [root]
    while stack:
        node = stack.pop()
        by_value[node.val] = node
        for child in (node.left, node.right):
            if child is not None:
                parent[id(child)] = node
                stack.append(child)
    marked = set()
    node = by_value[p]
    while node is not None:
        marked.add(id(node))
        node = parent[id(node)]
    node = by_value[q]
    while id(node) not in marked:
        node = parent[id(node)]
    return node.val


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 100000
    tests = []

    def add(name, root, p, q):
        tests.append({"name": name, "input": {"root": level_order(root), "p": p, "q": q},
                      "expected": lca(root, p, q)})

    # a path going right at every step (values increasing), the two deepest nodes asked for
    values = sorted(rng.sample(range(-10**9, 10**9 + 1), n))
    add("large: path of 100000 increasing values, the two deepest nodes", path_of(values), values[-1], values[-2])
    # a zigzag path: each value lies between all the earlier ones (low, high, low, ...), q above p
    values = sorted(rng.sample(range(-10**9, 10**9 + 1), n))
    zigzag = []
    lo, hi = 0, n - 1
    while lo <= hi:
        zigzag.append(values[lo])
        lo += 1
        if lo <= hi:
            zigzag.append(values[hi])
            hi -= 1
    add("large: zigzag path of 100000 nodes, the deepest node and one 10 levels up",
        path_of(zigzag), zigzag[-1], zigzag[-11])
    # a random search tree and a balanced one, two random values each
    values = rng.sample(range(-10**9, 10**9 + 1), n)
    a, b = rng.sample(values, 2)
    add("large: random search tree of 100000 nodes", insert_all(values), a, b)
    values = rng.sample(range(-10**9, 10**9 + 1), n)
    a, b = rng.sample(values, 2)
    add("large: balanced search tree of 100000 nodes", balanced(values), b, a)
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
