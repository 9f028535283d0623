// CodeDrill harness for C++ function and design problems: the prelude, then (design problems) the user's solution.cpp
// or (function problems) the declaration of the adapter compiled with it in main.cpp, then the harness, which reads
// input.txt, calls the user's method (or replays the calls on the user's class) for each test and writes
// one JSON line per test to results.jsonl, flushed per test. Generated; do not edit.
{{PRELUDE}}
{{SOLUTION}}

namespace codedrill_harness {

const long long STDOUT_CAP = {{STDOUT_CAP}};
const size_t STACK_BYTES = (size_t) {{STACK_MB}} * 1024 * 1024;
const int NODE_LIMIT = 1000000;

// What one test's returned value is judged wrong for whatever is expected (a graph that is not a copy), the first
// such; and the graph nodes the harness built for the test's input (a returned graph must not reach them).
std::string wrong;
#if CODEDRILL_GRAPH
std::unordered_set<Node *> given_nodes;
#endif

void reset_test() {
    wrong.clear();
#if CODEDRILL_GRAPH
    given_nodes.clear();
#endif
}

// The readers and writers of nodes, declared before the templates of vectors and maps that call them.
void rd(ListNode *&head);
void rd(TreeNode *&root);
void wr(std::string &out, ListNode *node);
void wr(std::string &out, TreeNode *root);
#if CODEDRILL_GRAPH
void rd(Node *&node);
void wr(std::string &out, Node *node);
#endif

// ---------------------------------------------------------------- input tokens
std::string input;
size_t pos = 0;

std::string tok() {
    while (pos < input.size() && (unsigned char) input[pos] <= ' ') pos++;
    size_t start = pos;
    while (pos < input.size() && (unsigned char) input[pos] > ' ') pos++;
    return input.substr(start, pos - start);
}

long long num() {
    while (pos < input.size() && (unsigned char) input[pos] <= ' ') pos++;
    bool negative = false;
    if (pos < input.size() && input[pos] == '-') {
        negative = true;
        pos++;
    }
    unsigned long long v = 0;
    while (pos < input.size() && (unsigned char) input[pos] > ' ') v = v * 10 + (input[pos++] - '0');
    return negative ? (long long) (0 - v) : (long long) v;
}

void rd(int &x) { x = (int) num(); }
void rd(long long &x) { x = num(); }
void rd(double &x) { x = std::strtod(tok().c_str(), nullptr); }
void rd(bool &x) { x = tok() == "1"; }
void rd(char &x) { x = (char) num(); }  // its character code

void rd(std::string &x) {
    std::string t = tok();
    x.clear();
    for (size_t i = 1; i + 1 < t.size(); i += 2) x.push_back((char) std::stoi(t.substr(i, 2), nullptr, 16));
}

template <class T> void rd(std::vector<T> &v) {
    int n = (int) num();
    v.assign(n, T());
    for (int i = 0; i < n; i++) {
        T e;
        rd(e);
        v[i] = e;
    }
}

template <class K, class V> void rd(std::unordered_map<K, V> &m) {
    m.clear();
    for (int n = (int) num(); n > 0; n--) {
        K k;
        rd(k);
        V v;
        rd(v);
        m[k] = std::move(v);
    }
}

// n values, then the index of the node the tail links to (LeetCode's pos), -1 for none.
void rd(ListNode *&head) {
    ListNode dummy;
    ListNode *tail = &dummy;
    ListNode *target = nullptr;
    int n = (int) num();
    for (int i = 0; i < n; i++) {
        tail->next = new ListNode((int) num());
        tail = tail->next;
        if (i == 0) target = tail;
    }
    int cycle = (int) num();
    if (cycle >= 0 && cycle < n) {
        for (int i = 0; i < cycle; i++) target = target->next;
        tail->next = target;
    }
    head = dummy.next;
}

#if CODEDRILL_GRAPH
// n, then for each node 1..n its number of neighbours and their values; the code gets node 1 (none when n is 0).
void rd(Node *&node) {
    int n = (int) num();
    std::vector<Node *> nodes(n);
    for (int i = 0; i < n; i++) nodes[i] = new Node(i + 1);
    for (int i = 0; i < n; i++) {
        for (int d = (int) num(); d > 0; d--) nodes[i]->neighbors.push_back(nodes[num() - 1]);
        given_nodes.insert(nodes[i]);
    }
    node = n == 0 ? nullptr : nodes[0];
}
#endif

void rd(TreeNode *&root) {
    int n = (int) num();
    std::vector<TreeNode *> nodes(n, nullptr);
    for (int i = 0; i < n; i++) {
        std::string t = tok();
        if (t != "n") nodes[i] = new TreeNode(std::stoi(t));
    }
    root = n == 0 ? nullptr : nodes[0];
    std::deque<TreeNode *> queue;
    if (root) queue.push_back(root);
    int i = 1;
    while (!queue.empty() && i < n) {
        TreeNode *node = queue.front();
        queue.pop_front();
        if (i < n && nodes[i]) {
            node->left = nodes[i];
            queue.push_back(nodes[i]);
        }
        i++;
        if (i < n && nodes[i]) {
            node->right = nodes[i];
            queue.push_back(nodes[i]);
        }
        i++;
    }
}

// ---------------------------------------------------------------- JSON out
void wr(std::string &out, int v) { out += std::to_string(v); }
void wr(std::string &out, long long v) { out += std::to_string(v); }
void wr(std::string &out, bool v) { out += v ? "true" : "false"; }

void wr(std::string &out, double v) {
    if (std::isnan(v)) {
        out += "NaN";
    } else if (std::isinf(v)) {
        out += v > 0 ? "Infinity" : "-Infinity";
    } else {
        char buf[64];
        auto res = std::to_chars(buf, buf + sizeof buf, v);  // the shortest text that reads back as v
        out.append(buf, res.ptr);
    }
}

void wr(std::string &out, const std::string &s) {
    out += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += (char) c;
                }
        }
    }
    out += '"';
}

// A char as a JSON string of one character; one outside printable ASCII (a wrong answer) escaped, still valid JSON.
void wr(std::string &out, char c) {
    unsigned char u = (unsigned char) c;
    if (u == '"' || u == '\\') {
        out += '"';
        out += '\\';
        out += (char) u;
        out += '"';
    } else if (u < 0x20 || u >= 0x7f) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "\"\\u%04x\"", u);
        out += buf;
    } else {
        out += '"';
        out += (char) u;
        out += '"';
    }
}

// A nullable result: null when it has no value.
template <class T> void wr(std::string &out, const std::optional<T> &v) {
    if (v) {
        wr(out, *v);
    } else {
        out += "null";
    }
}

template <class T> void wr(std::string &out, const std::vector<T> &v) {
    out += '[';
    bool first = true;
    for (size_t i = 0; i < v.size(); i++) {
        const T &e = v[i];  // a bool of a vector<bool> too
        if (!first) out += ',';
        first = false;
        wr(out, e);
    }
    out += ']';
}

void wr_key(std::string &out, int key) {
    out += '"';
    out += std::to_string(key);
    out += '"';
}

void wr_key(std::string &out, const std::string &key) { wr(out, key); }

// A JSON object ({} when empty), its int keys as strings.
template <class K, class V> void wr(std::string &out, const std::unordered_map<K, V> &m) {
    out += '{';
    bool first = true;
    for (const auto &entry : m) {
        if (!first) out += ',';
        first = false;
        wr_key(out, entry.first);
        out += ':';
        wr(out, entry.second);
    }
    out += '}';
}

void wr(std::string &out, ListNode *node) {
    out += '[';
    int count = 0;
    while (node) {
        if (++count > NODE_LIMIT) throw std::runtime_error("the returned list has more than 10^6 nodes (a cycle?)");
        if (count > 1) out += ',';
        out += std::to_string(node->val);
        node = node->next;
    }
    out += ']';
}

void wr(std::string &out, TreeNode *root) {
    std::vector<TreeNode *> queue{root};
    for (size_t i = 0; i < queue.size(); i++) {
        if (queue.size() > 2 * (size_t) NODE_LIMIT)
            throw std::runtime_error("the returned tree has more than 10^6 nodes (a cycle?)");
        if (queue[i]) {
            queue.push_back(queue[i]->left);
            queue.push_back(queue[i]->right);
        }
    }
    size_t end = queue.size();
    while (end > 0 && !queue[end - 1]) end--;
    out += '[';
    for (size_t i = 0; i < end; i++) {
        if (i > 0) out += ',';
        out += queue[i] ? std::to_string(queue[i]->val) : "null";
    }
    out += ']';
}

#if CODEDRILL_GRAPH
// The adjacency lists of the nodes reached from node (breadth first, over neighbors in order): entry i those of the
// node whose val is i+1; [] for no node. A graph that reaches a node of the input, or whose values are not 1 to k,
// is wrong whatever is expected.
void wr(std::string &out, Node *node) {
    std::vector<Node *> order;
    std::unordered_set<Node *> seen;
    if (node) {
        order.push_back(node);
        seen.insert(node);
    }
    for (size_t i = 0; i < order.size(); i++) {
        for (Node *next : order[i]->neighbors) {
            if (!next) {
                if (wrong.empty())
                    wrong = "The returned graph's node " + std::to_string(order[i]->val) + " has a null neighbour.";
                out += "null";
                return;
            }
            if (seen.insert(next).second) {
                if (order.size() >= (size_t) NODE_LIMIT)
                    throw std::runtime_error("the returned graph has more than 10^6 nodes");
                order.push_back(next);
            }
        }
    }
    for (Node *n : order) {
        if (given_nodes.count(n)) {
            if (wrong.empty())
                wrong = "The returned graph is not a copy: node " + std::to_string(n->val)
                        + " is one of the given nodes. Build new nodes.";
            break;
        }
    }
    size_t k = order.size();
    std::vector<Node *> by_value(k + 1, nullptr);
    for (Node *n : order) {
        if (n->val < 1 || (size_t) n->val > k || by_value[n->val]) {
            if (wrong.empty())
                wrong = "The returned graph's nodes must have the values 1 to k, each once: " + std::to_string(k)
                        + " nodes were reached, and " + (n->val >= 1 && (size_t) n->val <= k
                            ? "two of them have the value " : "one has the value ") + std::to_string(n->val) + ".";
            out += "null";
            return;
        }
        by_value[n->val] = n;
    }
    out += '[';
    for (size_t v = 1; v <= k; v++) {
        if (v > 1) out += ',';
        out += '[';
        const std::vector<Node *> &next = by_value[v]->neighbors;
        for (size_t j = 0; j < next.size(); j++) {
            if (j > 0) out += ',';
            out += std::to_string(next[j]->val);
        }
        out += ']';
    }
    out += ']';
}
#endif

// ---------------------------------------------------------------- prints of one test
// Thrown into the user's code by its prints once they pass the cap: std::cout rethrows it (its exception mask has
// badbit while a test runs). Not a std::exception, so `catch (const exception &)` does not swallow it.
struct OutputFlood {};

class CappedBuf : public std::streambuf {
  public:
    std::string kept;
    long long size = 0;
    bool flooded() const { return size > STDOUT_CAP; }

  protected:
    int overflow(int c) override {
        if (c != EOF) {
            if (size < STDOUT_CAP) kept += (char) c;
            size++;
            if (flooded()) throw OutputFlood();
        }
        return c == EOF ? 0 : c;
    }
    std::streamsize xsputn(const char *s, std::streamsize n) override {
        if (size < STDOUT_CAP) kept.append(s, (size_t) std::min<long long>(n, STDOUT_CAP - size));
        size += n;
        if (flooded()) throw OutputFlood();
        return n;
    }
};

// ---------------------------------------------------------------- running
FILE *results;

void line(const std::string &text) {
    std::fputs(text.c_str(), results);
    std::fputc('\n', results);
    std::fflush(results);
}

std::string type_name(const std::type_info &type) {
    int status = 0;
    char *name = abi::__cxa_demangle(type.name(), nullptr, nullptr, &status);
    std::string result = status == 0 && name ? name : type.name();
    std::free(name);
    return result;
}

// Whether the class is defined (the code's, not just the harness's declaration of it).
template <class T, class = void> struct complete : std::false_type {};
template <class T> struct complete<T, std::void_t<decltype(sizeof(T))>> : std::true_type {};

// Runs one test (body writes the value judged) with its prints captured, timed: the rest of its result line, from
// the status on. where() says in which call an exception came, or "".
template <class Body, class Where> std::string run_test(Body body, Where where) {
    std::streambuf *real = std::cout.rdbuf();
    CappedBuf captured;
    std::cout.rdbuf(&captured);
    std::cout.exceptions(std::ios::badbit);
    std::string record;
    auto start = std::chrono::steady_clock::now();
    try {
        std::string value;
        body(value);
        record += ", \"status\": \"ok\", \"value\": " + value;
        if (!wrong.empty()) {
            record += ", \"wrong\": ";
            wr(record, wrong);
        }
    } catch (const OutputFlood &) {
        record += ", \"status\": \"flood\", \"error\": \"output limit exceeded\"";
    } catch (const std::ios_base::failure &e) {
        // the stream was left bad by a flood the code caught, and it printed again
        record += captured.flooded() ? ", \"status\": \"flood\", \"error\": \"output limit exceeded\""
                                     : ", \"status\": \"error\", \"error\": ";
        if (!captured.flooded()) wr(record, where() + type_name(typeid(e)) + ": " + e.what());
    } catch (const std::bad_alloc &e) {
        record += ", \"status\": \"memory\", \"error\": ";
        wr(record, where() + type_name(typeid(e)) + ": " + e.what());
    } catch (const std::exception &e) {
        record += ", \"status\": \"error\", \"error\": ";
        wr(record, where() + type_name(typeid(e)) + ": " + e.what());
    } catch (const char *e) {
        record += ", \"status\": \"error\", \"error\": ";
        wr(record, where() + "exception (const char*): " + e);
    } catch (const std::string &e) {
        record += ", \"status\": \"error\", \"error\": ";
        wr(record, where() + "exception (std::string): " + e);
    } catch (int e) {
        record += ", \"status\": \"error\", \"error\": ";
        wr(record, where() + "exception (int): " + std::to_string(e));
    } catch (...) {
        record += ", \"status\": \"error\", \"error\": ";
        wr(record, where() + "an exception of an unknown type");
    }
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::cout.exceptions(std::ios::goodbit);
    std::cout.rdbuf(real);
    std::cout.clear();
    record += ", \"ms\": ";
    wr(record, ms);
    record += ", \"stdout\": ";
    wr(record, captured.kept);
    record += ", \"flooded\": ";
    record += captured.flooded() ? "true" : "false";
    record += '}';
    return record;
}

{{RUN_TESTS}}

void *run(void *) {
    {{RUN_TESTS_CALL}};
    return nullptr;
}

}  // namespace codedrill_harness

int main() {
    using namespace codedrill_harness;
    std::ifstream in("input.txt", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    input = text.str();
    results = std::fopen("results.jsonl", "w");
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, STACK_BYTES);  // deep recursion works as it does on LeetCode
    pthread_t thread;
    if (pthread_create(&thread, &attr, run, nullptr) != 0) {
        run(nullptr);
    } else {
        pthread_join(thread, nullptr);
    }
    std::fclose(results);
    std::fflush(stdout);
    std::_Exit(0);
}
