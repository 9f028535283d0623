# Makes the large hidden tests of Construct Binary Tree from Preorder and Inorder Traversal (100000
# nodes: two paths as deep as the tree is large, a random tree and a complete tree), too big for
# tests.json. The expected tree is the tree the traversals were taken from.
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


def traversals(root):
    # preorder and inorder, both with explicit stacks
    pre, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not None:
            pre.append(node.val)
            stack.append(node.right)
            stack.append(node.left)
    ino, stack, node = [], [], root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        ino.append(node.val)
        node = node.right
    return pre, ino


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 100000

    def distinct_values():
        pool = rng.sample(range(-10**9, 10**9 + 1), n)
        it = iter(pool)
        return lambda: next(it)

    trees = [
        ("large: left path of 100000 nodes", path(n, distinct_values(), lambda i: 0)),
        ("large: path of 100000 nodes, random sides", path(n, distinct_values(), lambda i: rng.randrange(2))),
        ("large: random tree of 100000 nodes", random_tree(rng, n, distinct_values())),
        ("large: complete tree of 100000 nodes", complete_tree(n, distinct_values())),
    ]
    tests = []
    for name, root in trees:
        pre, ino = traversals(root)
        tests.append({"name": name, "input": {"preorder": pre, "inorder": ino}, "expected": level_order(root)})
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
