class Solution {
public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        // Hierholzer's algorithm. Each airport's destinations are sorted in reverse, so the back is
        // the smallest unused ticket. Follow tickets until stuck; the airport where we get stuck comes
        // last among those still to place, so it goes to the route, which is built back to front.
        unordered_map<string, vector<string>> out;
        for (auto& t : tickets) out[t[0]].push_back(t[1]);
        for (auto& [from, dests] : out) sort(dests.rbegin(), dests.rend());
        vector<string> route, stack = {"SFO"};
        while (!stack.empty()) {
            auto it = out.find(stack.back());
            if (it != out.end() && !it->second.empty()) {
                stack.push_back(it->second.back());
                it->second.pop_back();
            } else {
                route.push_back(stack.back());
                stack.pop_back();
            }
        }
        reverse(route.begin(), route.end());
        return route;
    }
};
