class Solution {
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        // a min-heap of the first unused node of every list
        auto later = [](ListNode* a, ListNode* b) { return a->val > b->val; };
        priority_queue<ListNode*, vector<ListNode*>, decltype(later)> heap(later);
        for (ListNode* head : lists) {
            if (head != nullptr) heap.push(head);
        }
        ListNode dummy;
        ListNode* tail = &dummy;
        while (!heap.empty()) {
            ListNode* node = heap.top();
            heap.pop();
            tail->next = node;
            tail = node;
            if (node->next != nullptr) heap.push(node->next);
        }
        tail->next = nullptr;
        return dummy.next;
    }
};
