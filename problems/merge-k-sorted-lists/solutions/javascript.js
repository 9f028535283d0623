function mergeKLists(lists) {
  // merge the lists in pairs, round after round: about log2(k) rounds, each touching every node once
  let round = lists.slice();
  if (round.length === 0) return null;
  while (round.length > 1) {
    const next = [];
    for (let i = 0; i < round.length; i += 2) {
      next.push(i + 1 < round.length ? mergeTwo(round[i], round[i + 1]) : round[i]);
    }
    round = next;
  }
  return round[0];
}

function mergeTwo(a, b) {
  const dummy = new ListNode(0, null);
  let tail = dummy;
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a !== null ? a : b;
  return dummy.next;
}
