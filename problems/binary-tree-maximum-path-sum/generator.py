# Makes the large hidden tests of Binary Tree Maximum Path Sum (100000 nodes: random trees, all
# values negative, paths as deep as the tree is large, a sum of 10^8), too big for tests.json.
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


def max_path_sum(root):
    # the reference: a post-order walk with two stacks; down[node] is the best sum of a path going
    # straight down from the node, and the best path turning at a node joins the positive ones of
    # its children
    first, post = [root], []
    while first:
        node = first.pop()
        post.append(node)
        if node.left is not None:
            first.append(node.left)
        if node.right is not None:
            first.append(node.right)
    down = {}
    best = root.val
    for node in reversed(post):
        left = max(0, down[node.left]) if node.left is not None else 0
        right = max(0, down[node.right]) if node.right is not None else 0
        best = max(best, node.val + left + right)
        down[node] = node.val + max(left, right)
    return best


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 100000

    def value():
        return rng.randint(-1000, 1000)

    def negative():
        return rng.randint(-1000, -1)

    # a path whose values are mostly negative: the best path is a short stretch somewhere inside
    values = [rng.randint(-1000, 300) for _ in range(n)]
    it = iter(values)
    mixed = path(n, lambda: next(it), lambda i: rng.randrange(2))

    trees = [
        ("large: random tree of 100000 nodes", random_tree(rng, n, value)),
        ("large: random tree of 100000 negative values", random_tree(rng, n, negative)),
        ("large: complete tree of 100000 nodes", complete_tree(n, value)),
        ("large: left path of 100000 nodes of 1000, sum 10^8", path(n, lambda: 1000, lambda i: 0)),
        ("large: zigzag path of 100000 nodes", path(n, value, lambda i: i % 2)),
        ("large: path of 100000 mostly negative values, random sides", mixed),
    ]
    tests = [{"name": name, "input": {"root": level_order(root)}, "expected": max_path_sum(root)}
             for name, root in trees]
    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
