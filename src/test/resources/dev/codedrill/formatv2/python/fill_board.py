class Solution:
    def fill(self, board: List[List[str]], target: str, mark: str) -> None:
        for row in board:
            for j, c in enumerate(row):
                if c == target:
                    row[j] = mark
