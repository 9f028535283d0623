# Makes the large hidden tests of Subtree of Another Tree (trees of up to 100000 nodes: long paths of
# equal values and random trees with many repeated values), too big for tests.json.
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
    root = node = Node(value(0))
    for i in range(n - 1):
        child = Node(value(i + 1))
        if side(i) == 0:
            node.left = child
        else:
            node.right = child
        node = child
    return root


def nodes_of(root):
    out, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not None:
            out.append(node)
            stack.append(node.left)
            stack.append(node.right)
    return out


def copy_tree(root):
    new_root = Node(root.val)
    stack = [(root, new_root)]
    while stack:
        old, new = stack.pop()
        for side in ("left", "right"):
            child = getattr(old, side)
            if child is not None:
                copy = Node(child.val)
                setattr(new, side, copy)
                stack.append((child, copy))
    return new_root


def is_subtree(root, sub):
    # the reference: give every distinct subtree shape an id (value, id of left, id of right), bottom up;
    # sub is a subtree of root when its id is the id of one of root's nodes
    ids = {}

    def ids_of(tree):
        found = set()
        order = nodes_of(tree)
        own = {}
        for node in reversed(order):  # children before parents
            key = (node.val, own.get(id(node.left), -1), own.get(id(node.right), -1))
            own[id(node)] = ids.setdefault(key, len(ids))
            found.add(own[id(node)])
        return found, own[id(tree)]

    root_ids, _ = ids_of(root)
    _, sub_id = ids_of(sub)
    return sub_id in root_ids


def main():
    rng = random.Random(int(sys.argv[1]))
    tests = []

    def add(name, root, sub):
        tests.append({"name": name, "input": {"root": level_order(root), "subRoot": level_order(sub)},
                      "expected": is_subtree(root, sub)})

    # a left path of 100000 ones and a left path of 50000 ones ending in a 2: no match, and checking
    # every node of root compares tens of thousands of nodes each time
    add("large: path of 100000 equal values, pattern path ends in another value",
        path(100000, lambda i: 1, lambda i: 0),
        path(50000, lambda i: 2 if i == 49999 else 1, lambda i: 0))
    # the same, but root ends in the 2 as well: the only match is the lower half
    add("large: path of 100000 equal values, the match is the lower half",
        path(100000, lambda i: 2 if i == 99999 else 1, lambda i: 0),
        path(50000, lambda i: 2 if i == 49999 else 1, lambda i: 0))
    # random tree with values 0..2: a copy of one of its subtrees of a few hundred nodes or more
    root = random_tree(rng, 100000, lambda: rng.randint(0, 2))
    size = {}
    for node in reversed(nodes_of(root)):  # children before parents
        size[id(node)] = 1 + size.get(id(node.left), 0) + size.get(id(node.right), 0)
    candidates = [node for node in nodes_of(root) if size[id(node)] >= 300]
    chosen = rng.choice(candidates) if candidates else root
    add("large: random tree of 100000 nodes, a copy of one of its subtrees", root, copy_tree(chosen))
    # the same kind of copy with its deepest-first leaf changed: almost everywhere the same
    sub = copy_tree(rng.choice(candidates) if candidates else root)
    leaf = [node for node in nodes_of(sub) if node.left is None and node.right is None][0]
    leaf.val = 10000
    add("large: random tree of 100000 nodes, a copy of a subtree with one leaf changed", root, sub)
    sys.stdout.write(json.dumps(tests, separators=(",", ":")))


main()
