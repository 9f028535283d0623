class LRUCache {
    // The keys in a list from the least recently used (front) to the most recently used (back),
    // and a hash map from each key to its value and its place in the list. Every operation is O(1).
    int capacity;
    list<int> order;
    unordered_map<int, pair<int, list<int>::iterator>> entries;

public:
    LRUCache(int capacity) : capacity(capacity) {
        entries.reserve(capacity * 2);
    }

    int get(int key) {
        auto it = entries.find(key);
        if (it == entries.end()) return -1;
        order.splice(order.end(), order, it->second.second);  // move to the back, iterators stay valid
        return it->second.first;
    }

    void put(int key, int value) {
        auto it = entries.find(key);
        if (it != entries.end()) {
            it->second.first = value;
            order.splice(order.end(), order, it->second.second);
            return;
        }
        if ((int)entries.size() == capacity) {
            entries.erase(order.front());
            order.pop_front();
        }
        order.push_back(key);
        entries[key] = {value, prev(order.end())};
    }
};
