# Makes the large hidden tests of Count Good Nodes in Binary Tree (100000 nodes: paths as deep as the
# tree is large, a random tree and a complete tree), too big for tests.json.
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


def path(values, side):
    # a path through the values: node i+1 is the left (side(i) == 0) or right child of node i
    root = node = Node(values[0])
    for i, v in enumerate(values[1:]):
        child = Node(v)
        if side(i) == 0:
            node.left = child
        else:
            node.right = child
        node = child
    return root


def complete_tree(values):
    nodes = [Node(v) for v in values]
    for i in range(len(nodes)):
        if 2 * i + 1 < len(nodes):
            nodes[i].left = nodes[2 * i + 1]
        if 2 * i + 2 < len(nodes):
            nodes[i].right = nodes[2 * i + 2]
    return nodes[0]


def good_nodes(root):
    # the reference: breadth first, each node told the largest value on the path above it
    count = 0
    queue = deque([(root, -10**9)])
    while queue:
        node, above = queue.popleft()
        if node.val >= above:
            count += 1
        for child in (node.left, node.right):
            if child is not None:
                queue.append((child, max(above, node.val)))
    return count


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 100000
    # slowly rising values with small dips: many good nodes, many ties with the maximum so far
    rising = []
    level = -10000
    for _ in range(n):
        level = min(10000, level + rng.choice((0, 0, 1)))
        rising.append(level - rng.choice((0, 0, 0, 1)))
    trees = [
        ("large: left path of 100000 slowly rising values", path(rising, lambda i: 0)),
        ("large: path of 100000 random values, random sides",
         path([rng.randint(-10000, 10000) for _ in range(n)], lambda i: rng.randrange(2))),
        ("large: random tree of 100000 nodes, values -3..3", random_tree(rng, n, lambda: rng.randint(-3, 3))),
        ("large: complete tree of 100000 random values", complete_tree([rng.randint(-10000, 10000) for _ in range(n)])),
    ]
    tests = [{"name": name, "input": {"root": level_order(root)}, "expected": good_nodes(root)} for name, root in trees]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
