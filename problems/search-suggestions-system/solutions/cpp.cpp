class Solution {
public:
    // Sort the names once: the names that start with a prefix then form one block of the sorted
    // list, and its first three names are the suggestions. The block of a longer prefix lies
    // inside the block of a shorter one, so its start (found by binary search) never moves left.
    vector<vector<string>> suggestedProducts(vector<string>& products, string searchWord) {
        vector<string> names(products);
        sort(names.begin(), names.end());
        vector<vector<string>> result;
        auto lo = names.begin();
        string prefix;
        for (char ch : searchWord) {
            prefix += ch;
            lo = lower_bound(lo, names.end(), prefix);
            vector<string> row;
            for (auto it = lo; it != names.end() && row.size() < 3; ++it) {
                if (it->compare(0, prefix.size(), prefix) != 0) break;
                row.push_back(*it);
            }
            result.push_back(row);
        }
        return result;
    }
};
