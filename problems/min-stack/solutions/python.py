class MinStack:
    # Every entry remembers the smallest value among itself and the entries below it, so the
    # minimum of the whole stack is always the top entry's; popping restores the previous one.
    def __init__(self):
        self.values = []
        self.mins = []

    def push(self, val: int) -> None:
        self.values.append(val)
        if self.mins and self.mins[-1] < val:
            self.mins.append(self.mins[-1])
        else:
            self.mins.append(val)

    def pop(self) -> None:
        self.values.pop()
        self.mins.pop()

    def top(self) -> int:
        return self.values[-1]

    def getMin(self) -> int:
        return self.mins[-1]
