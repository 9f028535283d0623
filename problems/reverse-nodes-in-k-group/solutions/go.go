package main

func reverseKGroup(head *ListNode, k int) *ListNode {
	// before: the node just in front of the current group (a dummy node for the first group)
	dummy := &ListNode{Next: head}
	before := dummy
	for {
		// is there a full group of k nodes after `before`?
		probe := before
		for i := 0; i < k; i++ {
			probe = probe.Next
			if probe == nil {
				return dummy.Next
			}
		}
		after := probe.Next  // the first node after the group
		first := before.Next // becomes the group's last node
		prev, node := after, first
		for node != after { // reverse the group, its end linked to `after`
			next := node.Next
			node.Next = prev
			prev = node
			node = next
		}
		before.Next = prev
		before = first
	}
}
