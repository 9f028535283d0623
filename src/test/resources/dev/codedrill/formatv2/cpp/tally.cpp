class Tally {
public:
    Tally(int start) : start(start) {}

    void add(int x) {
        added.push_back(x);
    }

    long long total() {
        long long sum = start;
        for (int x : added) sum += x;
        return sum;
    }

    string label(string prefix) {
        return prefix + ":" + to_string(total());
    }

    vector<int> history() {
        return added;
    }

    bool isEmpty() {
        return added.empty();
    }

private:
    int start;
    vector<int> added;
};
