class Tally:

    def __init__(self, start: int):
        self.start = start
        self.added = []

    def add(self, x: int) -> None:
        self.added.append(x)

    def total(self) -> int:
        return self.start + sum(self.added)

    def label(self, prefix: str) -> str:
        return prefix + ":" + str(self.total())

    def history(self) -> List[int]:
        return list(self.added)

    def isEmpty(self) -> bool:
        return not self.added
