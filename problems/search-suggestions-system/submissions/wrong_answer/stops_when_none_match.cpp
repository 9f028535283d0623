// Wrong: stops as soon as a prefix matches no name, so the answer misses the empty entries of the
// remaining letters.
class Solution {
public:
    vector<vector<string>> suggestedProducts(vector<string>& products, string searchWord) {
        sort(products.begin(), products.end());
        vector<vector<string>> result;
        string prefix;
        for (char ch : searchWord) {
            prefix += ch;
            auto it = lower_bound(products.begin(), products.end(), prefix);
            vector<string> row;
            for (; it != products.end() && row.size() < 3 && it->rfind(prefix, 0) == 0; ++it) row.push_back(*it);
            if (row.empty()) break;
            result.push_back(row);
        }
        return result;
    }
};
