# Correct but O(n * k): inside each group the values at mirrored positions are swapped, and each position
# is reached by walking from the group's first node (k = 40000 on 100000 nodes: billions of steps).
class Solution:
    def reverseKGroup(self, head, k):
        n = 0
        node = head
        while node is not None:
            n += 1
            node = node.next

        def nth(start, i):
            for _ in range(i):
                start = start.next
            return start

        group = head
        for _ in range(n // k):
            for i in range(k // 2):
                a = nth(group, i)
                b = nth(group, k - 1 - i)
                a.val, b.val = b.val, a.val
            group = nth(group, k)
        return head
