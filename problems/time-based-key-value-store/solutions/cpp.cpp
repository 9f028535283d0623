class TimeMap {
    // For every key, its (timestamp, value) pairs in the order set, so by increasing timestamp.
    // get finds the last timestamp <= the one asked for by binary search: set is O(1) amortised,
    // get is O(log k) for a key with k versions.
    unordered_map<string, vector<pair<int, string>>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        history[key].emplace_back(timestamp, value);
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        const auto& h = it->second;
        // the first version whose timestamp is after the one asked for
        auto after = upper_bound(h.begin(), h.end(), timestamp,
                                 [](int t, const pair<int, string>& p) { return t < p.first; });
        return after == h.begin() ? "" : prev(after)->second;
    }
};
