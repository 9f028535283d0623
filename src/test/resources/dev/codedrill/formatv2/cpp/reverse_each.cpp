class Solution {
public:
    vector<ListNode*> reverseEach(vector<ListNode*>& lists) {
        vector<ListNode*> out;
        for (ListNode* head : lists) {
            ListNode* prev = nullptr;
            while (head) {
                ListNode* next = head->next;
                head->next = prev;
                prev = head;
                head = next;
            }
            out.push_back(prev);
        }
        return out;
    }
};
