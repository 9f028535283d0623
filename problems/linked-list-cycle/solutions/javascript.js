function hasCycle(head) {
  // one pointer moves one node per step, the other two; they meet exactly when the list loops
  let slow = head;
  let fast = head;
  while (fast !== null && fast.next !== null) {
    slow = slow.next;
    fast = fast.next.next;
    if (slow === fast) return true;
  }
  return false;
}
