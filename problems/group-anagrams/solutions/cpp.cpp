class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& words) {
        // two words are anagrams exactly when their sorted letters are equal
        unordered_map<string, int> index;  // sorted letters -> position of its group in the result
        index.reserve(words.size() * 2);
        vector<vector<string>> groups;
        for (const string& w : words) {
            string key = w;
            sort(key.begin(), key.end());
            auto it = index.find(key);
            if (it == index.end()) {
                index.emplace(std::move(key), (int) groups.size());
                groups.push_back({w});
            } else {
                groups[it->second].push_back(w);
            }
        }
        return groups;
    }
};
