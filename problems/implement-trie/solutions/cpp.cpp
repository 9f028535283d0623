class Trie {
    // A prefix tree stored in a vector of nodes: every node has one child index per letter (0 means
    // none; node 0 is the root) and a mark telling whether an inserted word ends there. Every call
    // walks down one node per letter of its argument.
    struct Node {
        int children[26] = {};
        bool word = false;
    };
    vector<Node> nodes;

    int walk(const string& text) const {
        int node = 0;
        for (char ch : text) {
            node = nodes[node].children[ch - 'a'];
            if (node == 0) return -1;
        }
        return node;
    }

public:
    Trie() : nodes(1) {}

    void insert(string word) {
        int node = 0;
        for (char ch : word) {
            int c = ch - 'a';
            if (nodes[node].children[c] == 0) {
                nodes[node].children[c] = (int)nodes.size();
                nodes.emplace_back();  // may reallocate: index again below rather than keep a reference
            }
            node = nodes[node].children[c];
        }
        nodes[node].word = true;
    }

    bool search(string word) {
        int node = walk(word);
        return node >= 0 && nodes[node].word;
    }

    bool startsWith(string prefix) {
        return walk(prefix) >= 0;
    }
};
