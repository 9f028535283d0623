# Makes the large hidden tests of Binary Tree Right Side View (100000 nodes: random, complete, paths
# as deep as the tree is large, a left subtree far deeper than the right one), too big for tests.json.
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


def right_view(root):
    # the reference: a depth-first walk taking right children first meets the visible node of each
    # depth before any other node of that depth
    view = []
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if depth == len(view):
            view.append(node.val)
        if node.left is not None:
            stack.append((node.left, depth + 1))
        if node.right is not None:
            stack.append((node.right, depth + 1))
    return view


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 100000

    def value():
        return rng.randint(-10000, 10000)

    # the root's right subtree is a path of 30000 nodes, its left one a path of 69999 nodes: below
    # depth 30000 only left-subtree nodes are seen
    lopsided = Node(value())
    lopsided.right = path(30000, value, lambda i: rng.randrange(2))
    lopsided.left = path(n - 30001, value, lambda i: rng.randrange(2))

    trees = [
        ("large: random tree of 100000 nodes", random_tree(rng, n, value)),
        ("large: complete tree of 100000 nodes", complete_tree(n, value)),
        ("large: left path of 100000 nodes", path(n, value, lambda i: 0)),
        ("large: zigzag path of 100000 nodes", path(n, value, lambda i: i % 2)),
        ("large: left subtree much deeper than the right one", lopsided),
    ]
    tests = [{"name": name, "input": {"root": level_order(root)}, "expected": right_view(root)}
             for name, root in trees]
    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
