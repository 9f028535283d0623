# CodeDrill harness for Python function and design problems: reads input.txt, calls the user's code for each test,
# writes one JSON line per test to results.jsonl, flushed per test. Generated; do not edit.
# (Its readers and writers come first; the part that calls a function or replays a class's calls follows them.)
import builtins, io, json, os, sys, threading, time, traceback, types
from typing import *

class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

class Node:
    """A graph's node (LeetCode's Clone Graph)."""
    def __init__(self, val=0, neighbors=None):
        self.val = val
        self.neighbors = neighbors if neighbors is not None else []

for _name, _value in (("ListNode", ListNode), ("TreeNode", TreeNode), ("Node", Node), ("List", List),
                      ("Optional", Optional), ("Dict", Dict), ("Tuple", Tuple), ("Set", Set)):
    setattr(builtins, _name, _value)

_tokens = open("input.txt", "rb").read().split()
_pos = 0
_given = []    # the graph nodes built for the current test's input: a returned graph must not reuse them
_wrong = None  # why the current test's value is wrong whatever is expected (a graph that is not a copy)

def _tok():
    global _pos
    t = _tokens[_pos]
    _pos += 1
    return t

def r_int(): return int(_tok())
def r_double(): return float(_tok())
def r_bool(): return _tok() == b"1"
def r_string(): return bytes.fromhex(_tok()[1:].decode()).decode("utf-8")
def r_char(): return chr(int(_tok()))
def r_arr(read):
    return [read() for _ in range(r_int())]

def r_list():
    nodes = [ListNode(v) for v in r_arr(r_int)]
    for a, b in zip(nodes, nodes[1:]):
        a.next = b
    cycle = r_int()  # the index of the node the tail links to (LeetCode's pos), -1 for none
    if cycle >= 0 and nodes:
        nodes[-1].next = nodes[cycle]
    return nodes[0] if nodes else None

def r_tree():
    vals = [None if t == b"n" else int(t) for t in (_tok() for _ in range(r_int()))]
    if not vals or vals[0] is None:
        return None
    root = TreeNode(vals[0])
    queue, i = [root], 1
    for node in queue:
        if i >= len(vals):
            break
        if i < len(vals) and vals[i] is not None:
            node.left = TreeNode(vals[i]); queue.append(node.left)
        i += 1
        if i < len(vals) and vals[i] is not None:
            node.right = TreeNode(vals[i]); queue.append(node.right)
        i += 1
    return root

def r_graph():
    nodes = [Node(i + 1) for i in range(r_int())]
    for node in nodes:
        node.neighbors = [nodes[r_int() - 1] for _ in range(r_int())]
    _given.extend(nodes)
    return nodes[0] if nodes else None

def r_map(read_key, read_value):
    out = {}
    for _ in range(r_int()):
        key = read_key()
        out[key] = read_value()
    return out

_NODE_LIMIT = 10 ** 6

def w_list(node):
    out = []
    while node is not None:
        out.append(node.val)
        if len(out) > _NODE_LIMIT:
            raise ValueError("the returned list has more than 10^6 nodes (a cycle?)")
        node = node.next
    return out

def w_tree(root):
    out, queue = [], [root]
    for node in queue:
        if len(queue) > 2 * _NODE_LIMIT:
            raise ValueError("the returned tree has more than 10^6 nodes (a cycle?)")
        if node is None:
            out.append(None)
        else:
            out.append(node.val); queue.append(node.left); queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out

def w_lists(heads): return None if heads is None else [w_list(h) for h in heads]
def w_trees(roots): return None if roots is None else [w_tree(r) for r in roots]

def w_graph(node):
    """The adjacency lists of the graph reached from node (entry i: the neighbours of the node of value i+1); a
    graph that reuses a given node, or whose values are not 1 to k, is wrong (_wrong says why)."""
    global _wrong
    if node is None:
        return []
    seen, order = {id(node)}, [node]
    for n in order:  # breadth first, neighbours in order
        for nb in (n.neighbors or []):
            if id(nb) not in seen:
                seen.add(id(nb))
                order.append(nb)
                if len(order) > _NODE_LIMIT:
                    raise ValueError("the returned graph has more than 10^6 nodes")
    given = {id(n) for n in _given}
    vals = [n.val for n in order]
    k = len(order)
    numbered = (all(type(v) is int and 1 <= v <= k for v in vals) and len(set(vals)) == k)
    reused = next((n for n in order if id(n) in given), None)
    if reused is not None:
        _wrong = (f"The returned graph is not a copy: node {reused.val} is one of the given nodes. "
                  "Build new nodes.")
    elif not numbered:
        shown = ", ".join(repr(v) for v in vals[:20]) + (", …" if k > 20 else "")
        _wrong = (f"The returned graph's nodes must have the values 1 to {k}, each once: its {k} nodes have "
                  f"the values {shown}.")
    if not numbered:
        return [[nb.val for nb in (n.neighbors or [])] for n in order]
    out = [None] * k
    for n in order:
        out[n.val - 1] = [nb.val for nb in (n.neighbors or [])]
    return out

def w_map(m):
    if m is None:
        return None
    if not hasattr(m, "items"):
        raise TypeError(f"a map was expected (a dict), not {type(m).__name__}")
    return {k if isinstance(k, str) else str(k): v for k, v in m.items()}  # a JSON object, int keys as strings

def w_value(v): return v

class _OutputFlood(BaseException):
    """Raised into the user's code when its prints pass the cap (a BaseException, so `except Exception` misses it)."""

class _CappedOut(io.TextIOBase):
    """The user's prints for one test, kept up to a cap; past it the test is stopped as an output flood."""
    def __init__(self, cap):
        self.parts, self.size, self.cap, self.flooded = [], 0, cap, False
    def writable(self): return True
    def write(self, s):
        if self.size < self.cap:
            self.parts.append(s[: self.cap - self.size])
        self.size += len(s)
        if self.size > self.cap:
            self.flooded = True
            raise _OutputFlood()
        return len(s)
    def text(self): return "".join(self.parts)

def _error_text(e):
    frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename.endswith("solution.py")]
    where = f" (solution.py, line {frames[-1].lineno})" if frames else ""
    return f"{type(e).__name__}: {e}{where}"

def _load():
    """Compiles solution.py (a syntax error is a compile error, as it would be from a compiler) and runs it as the
    module "solution"; returns the module, or the syntax error's text."""
    source = open("solution.py", "rb").read()
    try:
        code = compile(source, "solution.py", "exec", dont_inherit=True)
    except SyntaxError as e:
        return None, f"solution.py:{e.lineno}:{e.offset}: {e.msg}"
    except ValueError as e:  # e.g. a null byte in the source
        return None, f"solution.py: {e}"
    module = types.ModuleType("solution")
    module.__file__ = "solution.py"
    sys.modules["solution"] = module
    exec(code, module.__dict__)
    return module, None

class _Call:
    """Where a design test is: its error says which call failed."""
    text = ""

def _run(missing, prepare):
    """Loads solution.py; missing(module) is the text of a load error (a missing class or method) or None. Then for
    each test, prepare(module) reads its input and returns what runs it, returning the value to write."""
    global _wrong
    stdout_cap = {{STDOUT_CAP}}
    real_stdout = sys.stdout
    results = open("results.jsonl", "w", encoding="utf-8")
    try:
        solution, syntax_error = _load()
    except BaseException as e:
        results.write(json.dumps({"i": -1, "status": "error", "error": _error_text(e)}) + "\n")
        return
    if syntax_error is not None:
        results.write(json.dumps({"i": -1, "status": "compile", "error": syntax_error}) + "\n")
        return
    error = missing(solution)
    if error is not None:
        results.write(json.dumps({"i": -1, "status": "error", "error": error}) + "\n")
        return
    for i in range(r_int()):
        _given.clear()
        _wrong = None
        _Call.text = ""
        run = prepare(solution)
        captured = _CappedOut(stdout_cap)
        sys.stdout = captured
        start = time.perf_counter()
        record = {"i": i}
        try:
            value = run()
            record.update(status="ok", value=value)
            if _wrong is not None:
                record["wrong"] = _wrong
        except _OutputFlood:
            record.update(status="flood", error="output limit exceeded")
        except MemoryError:
            record.update(status="memory", error="MemoryError")
        except BaseException as e:
            record.update(status="error", error=_Call.text + _error_text(e))
        record["ms"] = (time.perf_counter() - start) * 1000
        sys.stdout = real_stdout
        record["stdout"] = captured.text()
        record["flooded"] = captured.flooded
        try:
            line = json.dumps(record)
        except (TypeError, ValueError) as e:
            record.pop("value", None)
            record.pop("wrong", None)
            record.update(status="error", error=_Call.text + f"the returned value cannot be written as JSON: {e}")
            line = json.dumps(record)
        results.write(line + "\n")
        results.flush()

_exit = os._exit  # taken before the code runs, which could replace it

def _start(main):
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(512 * 1024 * 1024)  # deep recursion works as it does on LeetCode
    t = threading.Thread(target=main)
    t.start()
    t.join()
    # Every result is written and flushed: end here, without the interpreter's teardown of each module it loaded
    # (about 5 ms on the verdict's path), and without waiting for a thread the code left running.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    _exit(0)
