package main

func hasCycle(head *ListNode) bool {
	// one pointer moves one node per step, the other two; they meet exactly when the list loops
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}
