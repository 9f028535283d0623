# Makes the large hidden tests of Diameter of Binary Tree (100000 nodes: random, paths as deep as
# the tree is large, a longest path hidden away from the root), too big for tests.json.
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


def diameter(level):
    # the reference, another method than the solutions': the tree as an undirected graph of
    # positions; a breadth-first search from any node ends at one end of a longest path, and a
    # second one from there measures it
    n = len(level)
    index = [-1] * n
    count = 0
    for i, v in enumerate(level):
        if v is not None:
            index[i] = count
            count += 1
    adj = [[] for _ in range(count)]
    queue, head, i = [0], 0, 1
    while head < len(queue) and i < n:
        parent = index[queue[head]]
        head += 1
        for _ in range(2):
            if i < n and level[i] is not None:
                adj[parent].append(index[i])
                adj[index[i]].append(parent)
                queue.append(i)
            i += 1

    def farthest(start):
        dist = [-1] * count
        dist[start] = 0
        order = [start]
        for u in order:
            for w in adj[u]:
                if dist[w] < 0:
                    dist[w] = dist[u] + 1
                    order.append(w)
        return order[-1], dist[order[-1]]

    end, _ = farthest(0)
    return farthest(end)[1]


def main():
    rng = random.Random(int(sys.argv[1]))
    n = 100000

    def value():
        return rng.randint(-100, 100)

    # a left path of 60000 nodes hanging from the root's left child, with a path of 39998 nodes
    # hanging to the right of the path's top node: the longest path turns there, not at the root
    top = path(60000, value, lambda i: 0)
    top.right = path(n - 60000 - 1, value, lambda i: 1)
    hidden = Node(value())
    hidden.left = top

    trees = [
        ("large: random tree of 100000 nodes", random_tree(rng, n, value)),
        ("large: left path of 100000 nodes", path(n, value, lambda i: 0)),
        ("large: zigzag path of 100000 nodes", path(n, value, lambda i: i % 2)),
        ("large: path of 100000 nodes, random sides", path(n, value, lambda i: rng.randrange(2))),
        ("large: longest path of 99999 nodes turns below the root", hidden),
    ]
    tests = []
    for name, root in trees:
        level = level_order(root)
        tests.append({"name": name, "input": {"root": level}, "expected": diameter(level)})
    json.dump(tests, sys.stdout, separators=(",", ":"))


main()
