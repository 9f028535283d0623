// Mistake: a depth-first search that returns the length of the first ladder it finds, which is not
// always the shortest one.
class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        unordered_set<string> words(wordList.begin(), wordList.end());
        if (!words.count(endWord)) return 0;
        unordered_set<string> seen{beginWord};
        vector<pair<string, int>> st{{beginWord, 1}};
        while (!st.empty()) {
            auto [w, d] = st.back();
            st.pop_back();
            if (w == endWord) return d;
            for (size_t i = 0; i < w.size(); i++) {
                string v = w;
                for (char ch = 'a'; ch <= 'z'; ch++) {
                    v[i] = ch;
                    if (words.count(v) && !seen.count(v)) {
                        seen.insert(v);
                        st.push_back({v, d + 1});
                    }
                }
            }
        }
        return 0;
    }
};
