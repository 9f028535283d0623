package main

func reorderList(head *ListNode) {
	// find the middle with a slow and a fast pointer, reverse the second half,
	// then merge the two halves one node at a time (O(n) time, O(1) memory)
	if head == nil || head.Next == nil {
		return
	}
	slow, fast := head, head
	for fast.Next != nil && fast.Next.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	second := slow.Next
	slow.Next = nil
	var prev *ListNode
	for second != nil {
		next := second.Next
		second.Next = prev
		prev = second
		second = next
	}
	first := head
	second = prev
	for second != nil {
		n1, n2 := first.Next, second.Next
		first.Next = second
		second.Next = n1
		first = n1
		second = n2
	}
}
