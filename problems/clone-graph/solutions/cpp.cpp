class Solution {
public:
    Node* cloneGraph(Node* node) {
        if (node == nullptr) return nullptr;
        // copies maps every original node reached so far to its copy; breadth-first, no recursion
        unordered_map<Node*, Node*> copies;
        copies[node] = new Node(node->val);
        queue<Node*> pending;
        pending.push(node);
        while (!pending.empty()) {
            Node* original = pending.front();
            pending.pop();
            Node* copy = copies[original];
            for (Node* nb : original->neighbors) {
                auto it = copies.find(nb);
                Node* nbCopy;
                if (it == copies.end()) {
                    nbCopy = new Node(nb->val);
                    copies[nb] = nbCopy;
                    pending.push(nb);
                } else {
                    nbCopy = it->second;
                }
                copy->neighbors.push_back(nbCopy);
            }
        }
        return copies[node];
    }
};
