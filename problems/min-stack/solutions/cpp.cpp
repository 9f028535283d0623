class MinStack {
    // Each entry keeps its value and the smallest value at or below it, so the minimum of the
    // whole stack is the top entry's; popping restores the previous one.
    vector<pair<int, int>> entries;  // (value, minimum so far)

public:
    MinStack() {}

    void push(int val) {
        int smallest = entries.empty() ? val : min(val, entries.back().second);
        entries.emplace_back(val, smallest);
    }

    void pop() {
        entries.pop_back();
    }

    int top() {
        return entries.back().first;
    }

    int getMin() {
        return entries.back().second;
    }
};
