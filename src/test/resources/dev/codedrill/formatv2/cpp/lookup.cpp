class Solution {
public:
    int lookup(unordered_map<int, string>& names, unordered_map<string, vector<int>>& scores, int id) {
        auto name = names.find(id);
        if (name == names.end()) return -1;
        int sum = 0;
        for (int s : scores[name->second]) sum += s;
        return sum;
    }
};
