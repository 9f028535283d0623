# Mistake: assumes a cycle always leads back to the head, so it walks until it reaches the head again or the end.
# When the tail links to a later node (pos > 0) it never gets to either and walks around the cycle forever: the
# judge stops it at the time limit (it never answers wrongly, so its verdict is Time Limit Exceeded).
class Solution:
    def hasCycle(self, head):
        node = head
        while node is not None:
            node = node.next
            if node is head:
                return True
        return False
