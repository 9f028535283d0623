class Solution {
public:
    Node* cloneGraph(Node* node) {
        if (!node) return nullptr;
        unordered_map<Node*, Node*> copies;
        copies[node] = new Node(node->val);
        queue<Node*> todo;
        todo.push(node);
        while (!todo.empty()) {
            Node* original = todo.front();
            todo.pop();
            for (Node* next : original->neighbors) {
                if (!copies.count(next)) {
                    copies[next] = new Node(next->val);
                    todo.push(next);
                }
                copies[original]->neighbors.push_back(copies[next]);
            }
        }
        return copies[node];
    }
};
