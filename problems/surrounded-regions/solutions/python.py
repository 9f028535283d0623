class Solution:
    def solve(self, board):
        rows, cols = len(board), len(board[0])
        w = cols + 2
        # The board flattened into one list, framed by 'X' cells so that no bounds checks are needed:
        # cell (r, c) is at index (r + 1) * w + c + 1.
        cells = ['X'] * w
        for row in board:
            cells.append('X')
            cells.extend(row)
            cells.append('X')
        cells.extend(['X'] * w)
        # Every 'O' on the border is safe; so is every 'O' reachable from a safe one. Mark them 'S'
        # with an explicit stack (a region can hold most of the board: no recursion).
        stack = []
        for c in range(1, cols + 1):
            stack.append(w + c)
            stack.append(rows * w + c)
        for r in range(1, rows + 1):
            stack.append(r * w + 1)
            stack.append(r * w + cols)
        stack = [i for i in set(stack) if cells[i] == 'O']
        for i in stack:
            cells[i] = 'S'
        pop, push = stack.pop, stack.append
        while stack:
            i = pop()
            j = i - w
            if cells[j] == 'O':
                cells[j] = 'S'
                push(j)
            j = i + w
            if cells[j] == 'O':
                cells[j] = 'S'
                push(j)
            j = i - 1
            if cells[j] == 'O':
                cells[j] = 'S'
                push(j)
            j = i + 1
            if cells[j] == 'O':
                cells[j] = 'S'
                push(j)
        # Unmarked 'O' cells are enclosed: they become 'X'; the marked ones are 'O' again.
        for r in range(rows):
            start = (r + 1) * w + 1
            line = ''.join(cells[start:start + cols])
            if 'O' in line or 'S' in line:
                board[r][:] = line.replace('O', 'X').replace('S', 'O')
