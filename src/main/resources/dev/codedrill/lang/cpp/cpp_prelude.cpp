// The prelude of the learner's code, as LeetCode's: the whole standard library, std, and the classes of nodes.
{{STANDARD_LIBRARY}}
#include <cxxabi.h>
#include <optional>
#include <pthread.h>
using namespace std;

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

// A graph's node (LeetCode's), only where the problem has a graph: elsewhere a learner may have a Node of their own.
#define CODEDRILL_GRAPH {{GRAPH}}
#if CODEDRILL_GRAPH
class Node {
  public:
    int val;
    vector<Node *> neighbors;
    Node() {
        val = 0;
        neighbors = vector<Node *>();
    }
    Node(int _val) {
        val = _val;
        neighbors = vector<Node *>();
    }
    Node(int _val, vector<Node *> _neighbors) {
        val = _val;
        neighbors = _neighbors;
    }
};
#endif
