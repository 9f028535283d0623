class Solution {
public:
    bool hasCycle(ListNode* head) {
        // one pointer moves one node per step, the other two; they meet exactly when the list loops
        ListNode* slow = head;
        ListNode* fast = head;
        while (fast != nullptr && fast->next != nullptr) {
            slow = slow->next;
            fast = fast->next->next;
            if (slow == fast) return true;
        }
        return false;
    }
};
