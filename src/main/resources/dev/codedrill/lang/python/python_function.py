# CodeDrill harness for Python function problems: reads input.txt, calls the user's method for each test,
# writes one JSON line per test to results.jsonl, flushed per test. Generated; do not edit.
import builtins, io, json, sys, threading, time, traceback, types
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

for _name, _value in (("ListNode", ListNode), ("TreeNode", TreeNode), ("List", List), ("Optional", Optional),
                      ("Dict", Dict), ("Tuple", Tuple), ("Set", Set)):
    setattr(builtins, _name, _value)

_tokens = open("input.txt", "rb").read().split()
_pos = 0

def _tok():
    global _pos
    t = _tokens[_pos]
    _pos += 1
    return t

def r_int(): return int(_tok())
def r_double(): return float(_tok())
def r_bool(): return _tok() == b"1"
def r_string(): return bytes.fromhex(_tok()[1:].decode()).decode("utf-8")
def r_arr(read):
    return [read() for _ in range(r_int())]

def r_list():
    head = tail = None
    for v in r_arr(r_int):
        node = ListNode(v)
        if head is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    return head

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

def _main():
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
    if not hasattr(solution, "Solution") or not hasattr(solution.Solution, "{{FUNCTION}}"):
        results.write(json.dumps({"i": -1, "status": "error",
                                  "error": "no method {{FUNCTION}} in class Solution: keep the name of the starter code"}) + "\n")
        return
    for i in range(r_int()):
        args = [{{READERS}}]
        captured = _CappedOut(stdout_cap)
        sys.stdout = captured
        start = time.perf_counter()
        record = {"i": i}
        try:
            result = solution.Solution().{{FUNCTION}}(*args)
            value = w_{{WRITER}}({{JUDGED}})
            record.update(status="ok", value=value)
        except _OutputFlood:
            record.update(status="flood", error="output limit exceeded")
        except MemoryError:
            record.update(status="memory", error="MemoryError")
        except RecursionError as e:
            record.update(status="error", error=_error_text(e))
        except BaseException as e:
            record.update(status="error", error=_error_text(e))
        record["ms"] = (time.perf_counter() - start) * 1000
        sys.stdout = real_stdout
        record["stdout"] = captured.text()
        record["flooded"] = captured.flooded
        results.write(json.dumps(record) + "\n")
        results.flush()

sys.setrecursionlimit(1_000_000)
threading.stack_size(512 * 1024 * 1024)  # deep recursion works as it does on LeetCode
_t = threading.Thread(target=_main)
_t.start()
_t.join()
