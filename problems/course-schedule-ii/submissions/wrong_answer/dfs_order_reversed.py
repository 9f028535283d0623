# Wrong: a depth-first search from each course to the courses that need it, with a correct cycle check,
# but it prints the courses in the order the search finishes them: that is the right order backwards
# (a course is finished only after everything that needs it).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
unlocks = [[] for _ in range(n)]
for i in range(m):
    unlocks[int(data[3 + 2 * i])].append(int(data[2 + 2 * i]))
state = [0] * n  # 0 new, 1 on the current path, 2 finished
order = []
cycle = False
for root in range(n):
    if state[root] or cycle:
        continue
    state[root] = 1
    stack = [(root, 0)]
    while stack and not cycle:
        c, k = stack[-1]
        if k < len(unlocks[c]):
            stack[-1] = (c, k + 1)
            v = unlocks[c][k]
            if state[v] == 1:
                cycle = True
            elif state[v] == 0:
                state[v] = 1
                stack.append((v, 0))
        else:
            stack.pop()
            state[c] = 2
            order.append(c)
print("IMPOSSIBLE" if cycle else " ".join(map(str, order)))
