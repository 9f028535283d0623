# Mistake: a second stack holds the minimums, but a value equal to the current minimum is not
# pushed onto it; popping one copy of the minimum then drops it from the second stack while
# another copy is still on the main stack.
class MinStack:
    def __init__(self):
        self.values = []
        self.mins = []

    def push(self, val: int) -> None:
        self.values.append(val)
        if not self.mins or val < self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        val = self.values.pop()
        if val == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.mins[-1]
