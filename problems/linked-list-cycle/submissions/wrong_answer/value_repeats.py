# Mistake: remembers the values seen and reports a cycle as soon as a value comes again. A cycle does repeat a value,
# but so does a list that merely holds the same value twice.
class Solution:
    def hasCycle(self, head):
        seen = set()
        node = head
        while node is not None:
            if node.val in seen:
                return True
            seen.add(node.val)
            node = node.next
        return False
