package main

func reverseEach(lists []*ListNode) []*ListNode {
	for i, head := range lists {
		var prev *ListNode
		for head != nil {
			next := head.Next
			head.Next = prev
			prev = head
			head = next
		}
		lists[i] = prev
	}
	return lists
}
