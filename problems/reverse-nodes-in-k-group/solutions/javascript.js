function reverseKGroup(head, k) {
  // before: the node just in front of the current group (a dummy node for the first group)
  const dummy = new ListNode(0, head);
  let before = dummy;
  while (true) {
    // is there a full group of k nodes after `before`?
    let probe = before;
    for (let i = 0; i < k; i++) {
      probe = probe.next;
      if (probe === null) return dummy.next;
    }
    const after = probe.next;      // the first node after the group
    const first = before.next;     // becomes the group's last node
    let prev = after;
    let node = first;
    while (node !== after) {       // reverse the group, its end linked to `after`
      const next = node.next;
      node.next = prev;
      prev = node;
      node = next;
    }
    before.next = prev;
    before = first;
  }
}
