// Correct but slow: backtracking. From the current airport it tries the unused tickets in order of
// destination, and undoes a choice when it gets stuck before using every ticket. When the smaller
// choice leads into a part of the map that is a dead end only once it is fully explored, every order
// of that part is tried: exponential time.
class Solution {
    unordered_map<string, vector<pair<string, bool>>> out; // destination, used
    vector<string> route;
    size_t total = 0;

    bool go(const string& at) {
        if (route.size() == total + 1) return true;
        auto it = out.find(at);
        if (it == out.end()) return false;
        for (auto& [to, used] : it->second) {
            if (used) continue;
            used = true;
            route.push_back(to);
            if (go(to)) return true;
            route.pop_back();
            used = false;
        }
        return false;
    }

public:
    vector<string> findItinerary(vector<vector<string>>& tickets) {
        for (auto& t : tickets) out[t[0]].push_back({t[1], false});
        for (auto& [from, dests] : out) sort(dests.begin(), dests.end());
        total = tickets.size();
        route = {"SFO"};
        go("SFO");
        return route;
    }
};
