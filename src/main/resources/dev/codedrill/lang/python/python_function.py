
# A function problem: Solution().{{FUNCTION}}(...) on each test's arguments.

def _missing(solution):
    if not hasattr(solution, "Solution") or not hasattr(solution.Solution, "{{FUNCTION}}"):
        return "no method {{FUNCTION}} in class Solution: keep the name of the starter code"
    return None

def _prepare(solution):
    args = [{{READERS}}]
    def run():
        result = solution.Solution().{{FUNCTION}}(*args)
        return w_{{WRITER}}({{JUDGED}})
    return run

_start(lambda: _run(_missing, _prepare))
