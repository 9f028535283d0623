#include <bits/stdc++.h>
using namespace std;

// Put the roots in a trie (flat arrays: child[node * 26 + letter], 0: none; node 0 is the root;
// isEnd[node] marks the end of a root). Each word walks down the trie letter by letter: the first
// root end it meets is its shortest root; falling off the trie (or reaching the word's end) first
// means no root begins it.
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int k;
    cin >> k;
    vector<string> roots(k);
    size_t letters = 1;
    for (auto& r : roots) {
        cin >> r;
        letters += r.size();
    }
    vector<int> child(letters * 26, 0);
    vector<char> isEnd(letters, 0);
    int size = 1;
    for (const string& root : roots) {
        int node = 0;
        for (size_t j = 0; j < root.size() && !isEnd[node]; j++) {
            int slot = node * 26 + (root[j] - 'a');
            if (child[slot] == 0) child[slot] = size++;
            node = child[slot];
        }
        isEnd[node] = 1;
    }
    string out, word;
    bool first = true;
    while (cin >> word) {
        size_t stop = word.size();
        int node = 0;
        for (size_t j = 0; j < word.size(); j++) {
            node = child[node * 26 + (word[j] - 'a')];
            if (node == 0) break;
            if (isEnd[node]) {
                stop = j + 1;
                break;
            }
        }
        if (!first) out += ' ';
        out.append(word, 0, stop);
        first = false;
    }
    out += '\n';
    cout << out;
}
