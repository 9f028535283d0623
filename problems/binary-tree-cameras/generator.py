# Makes the large hidden tests of Binary Tree Cameras (100000 nodes: a path as deep as the tree is large,
# a random tree, a complete tree and a caterpillar), too big for tests.json.
# Usage: python3 generator.py SEED  -> a JSON array of tests on standard output.
import json
import random
import sys
from collections import deque


class Node:
    __slots__ = ("val", "left", "right")

    def __init__(self):
        self.val, self.left, self.right = 0, None, None


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


def random_tree(rng, n):
    # n nodes, each new one hung on a random free child slot of the tree so far
    root = Node()
    slots = [(root, 0), (root, 1)]
    for _ in range(n - 1):
        j = rng.randrange(len(slots))
        slots[j], slots[-1] = slots[-1], slots[j]
        parent, side = slots.pop()
        node = Node()
        if side == 0:
            parent.left = node
        else:
            parent.right = node
        slots.append((node, 0))
        slots.append((node, 1))
    return root


def path(n, side):
    # a path of n nodes: node i+1 is the left (side(i) == 0) or right child of node i
    root = node = Node()
    for i in range(n - 1):
        child = Node()
        if side(i) == 0:
            node.left = child
        else:
            node.right = child
        node = child
    return root


def complete_tree(n):
    nodes = [Node() for _ in range(n)]
    for i in range(n):
        if 2 * i + 1 < n:
            nodes[i].left = nodes[2 * i + 1]
        if 2 * i + 2 < n:
            nodes[i].right = nodes[2 * i + 2]
    return nodes[0]


def caterpillar(rng, n):
    # a long left spine; each spine node gets a right leaf with probability 1/2
    root = node = Node()
    count = 1
    while count < n:
        if count + 1 < n and rng.randrange(2) == 0:
            node.right = Node()
            count += 1
        node.left = Node()
        node = node.left
        count += 1
    return root


def min_cameras(root):
    # the reference, a dynamic program over three costs per node, children first:
    #   cam: a camera on the node (its subtree all watched),
    #   watched: no camera, watched by a child's camera (subtree all watched),
    #   open: no camera and not watched, but everything below it watched.
    inf = float("inf")
    order = [root]
    for node in order:
        for child in (node.left, node.right):
            if child is not None:
                order.append(child)
    cost = {}
    for node in reversed(order):
        kids = [cost[id(c)] for c in (node.left, node.right) if c is not None]
        cam = 1 + sum(min(k) for k in kids)
        best_no_cam = sum(min(k[0], k[1]) for k in kids)
        # watched: at least one child has a camera
        extra = min((k[0] - min(k[0], k[1]) for k in kids), default=inf)
        watched = best_no_cam + extra
        open_ = sum(k[1] for k in kids)
        cost[id(node)] = (cam, watched, open_)
    cam, watched, _ = cost[id(root)]
    return int(min(cam, watched))


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 100000
    trees = [
        ("large: path of 100000 nodes, random sides", path(n, lambda i: rng.randrange(2))),
        ("large: random tree of 100000 nodes", random_tree(rng, n)),
        ("large: complete tree of 100000 nodes", complete_tree(n)),
        ("large: caterpillar of 100000 nodes", caterpillar(rng, n)),
    ]
    tests = [{"name": name, "input": {"root": level_order(root)}, "expected": min_cameras(root)} for name, root in trees]
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
