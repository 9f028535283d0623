
# A design problem: each test constructs {{CLASS}} and replays its calls, collecting what each returned.

# (name, reader of the arguments, writer of the result or None for a void method), numbered as the input numbers them
_METHODS = [{{METHODS}}]

def _missing(solution):
    cls = getattr(solution, "{{CLASS}}", None)
    if not isinstance(cls, type):
        return "no class {{CLASS}} in solution.py: keep the name of the starter code"
    for name, _, _ in _METHODS:
        if not callable(getattr(cls, name, None)):
            return f"no method {name} in class {{CLASS}}: keep the names of the starter code"
    return None

def _prepare(solution):
    m = r_int()
    constructor_args = [{{CONSTRUCTOR_READERS}}]
    calls = []
    for _ in range(m - 1):
        k = r_int()
        calls.append((k, _METHODS[k][1]()))
    def run():
        _Call.text = "in call 1, {{CLASS}}: "
        obj = solution.{{CLASS}}(*constructor_args)
        out = [None]
        for j, (k, args) in enumerate(calls):
            name, _, writer = _METHODS[k]
            _Call.text = f"in call {j + 2}, {name}: "
            result = getattr(obj, name)(*args)
            out.append(None if writer is None else writer(result))
        _Call.text = ""
        return out
    return run

_start(lambda: _run(_missing, _prepare))
