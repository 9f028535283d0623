# Also right, with O(n) extra memory: remembers every node visited (the nodes themselves, not their values) and
# stops at the first node seen twice.
class Solution:
    def hasCycle(self, head):
        seen = set()
        node = head
        while node is not None:
            if node in seen:
                return True
            seen.add(node)
            node = node.next
        return False
