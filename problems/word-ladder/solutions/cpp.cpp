class Solution {
public:
    int ladderLength(string beginWord, string endWord, vector<string>& wordList) {
        // Breadth-first search over words. Words one letter apart share a pattern with that letter
        // replaced by '*'; each pattern's bucket of words is used once, then erased.
        unordered_set<string> words(wordList.begin(), wordList.end());
        if (!words.count(endWord)) return 0;
        int length = beginWord.size();
        unordered_map<string, vector<const string*>> buckets;
        for (const string& w : words) {
            string p = w;
            for (int i = 0; i < length; i++) {
                p[i] = '*';
                buckets[p].push_back(&w);
                p[i] = w[i];
            }
        }
        unordered_set<string> seen{beginWord};
        vector<string> frontier{beginWord};
        int steps = 1;
        while (!frontier.empty()) {
            steps++;
            vector<string> next;
            for (const string& w : frontier) {
                string p = w;
                for (int i = 0; i < length; i++) {
                    p[i] = '*';
                    auto it = buckets.find(p);
                    p[i] = w[i];
                    if (it == buckets.end()) continue;
                    for (const string* v : it->second) {
                        if (seen.count(*v)) continue;
                        if (*v == endWord) return steps;
                        seen.insert(*v);
                        next.push_back(*v);
                    }
                    buckets.erase(it);
                }
            }
            frontier.swap(next);
        }
        return 0;
    }
};
