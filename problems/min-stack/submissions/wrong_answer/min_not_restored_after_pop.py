# Mistake: the minimum is a single variable that push lowers, but nothing raises it again when
# the minimum is popped, so getMin can return a value that is no longer on the stack.
class MinStack:
    def __init__(self):
        self.values = []
        self.smallest = None

    def push(self, val: int) -> None:
        self.values.append(val)
        if self.smallest is None or val < self.smallest:
            self.smallest = val

    def pop(self) -> None:
        self.values.pop()

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.smallest
