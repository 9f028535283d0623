# Mistake: merges the lists in pairs, round after round, but when a round has an odd number of lists the last one
# has no partner and is silently left out of the next round.
class Solution:
    def mergeKLists(self, lists):
        if not lists:
            return None
        while len(lists) > 1:
            merged = []
            for i in range(0, len(lists) - 1, 2):
                merged.append(self.merge(lists[i], lists[i + 1]))
            lists = merged
        return lists[0]

    def merge(self, a, b):
        dummy = ListNode()
        tail = dummy
        while a is not None and b is not None:
            if a.val <= b.val:
                tail.next = a
                a = a.next
            else:
                tail.next = b
                b = b.next
            tail = tail.next
        tail.next = a if a is not None else b
        return dummy.next
