/**
 * @param {ListNode[]} lists
 * @return {ListNode[]}
 */
function reverseEach(lists) {
    return lists.map(head => {
        let prev = null;
        while (head !== null) {
            const next = head.next;
            head.next = prev;
            prev = head;
            head = next;
        }
        return prev;
    });
}
