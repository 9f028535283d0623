// CodeDrill harness for C++ function problems: the prelude, the user's solution.cpp, then the harness, which reads
// input.txt, calls the user's method for each test and writes one JSON line per test to results.jsonl, flushed per
// test. Generated; do not edit.
#include <bits/stdc++.h>
#include <cxxabi.h>
#include <pthread.h>
using namespace std;

struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

struct TreeNode {
    int val;
    TreeNode *left;
    TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

#include "solution.cpp"

namespace codedrill_harness {

const long long STDOUT_CAP = {{STDOUT_CAP}};
const size_t STACK_BYTES = (size_t) {{STACK_MB}} * 1024 * 1024;
const int NODE_LIMIT = 1000000;

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

void rd(ListNode *&head) {
    ListNode dummy;
    ListNode *tail = &dummy;
    for (int n = (int) num(); n > 0; n--) {
        tail->next = new ListNode((int) num());
        tail = tail->next;
    }
    head = dummy.next;
}

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

template <class S, class = void> struct callable : std::false_type {};
template <class S>
struct callable<S, std::void_t<decltype(std::declval<S &>().{{FUNCTION}}({{DECLVALS}}))>> : std::true_type {};

template <class S> void run_tests() {
    if constexpr (!callable<S>::value) {
        static_assert(callable<S>::value, "no method {{FUNCTION}} in class Solution callable as {{CPP_SIGNATURE}}: "
                                          "keep the name and the parameters of the starter code");
    } else if constexpr ({{IN_PLACE}} && !std::is_void_v<decltype(std::declval<S &>().{{FUNCTION}}({{DECLVALS}}))>) {
        // an in-place function: the judge compares its first argument after the call, so it returns nothing
        static_assert(std::is_void_v<decltype(std::declval<S &>().{{FUNCTION}}({{DECLVALS}}))>,
                      "the method {{FUNCTION}} in class Solution must be {{CPP_SIGNATURE}}: it changes its first "
                      "argument, which is judged; keep the name, the parameters and the return type of the starter "
                      "code");
    } else {
        std::streambuf *real = std::cout.rdbuf();
        int tests = (int) num();
        for (int i = 0; i < tests; i++) {
{{DECLS}}
            CappedBuf captured;
            std::cout.rdbuf(&captured);
            std::cout.exceptions(std::ios::badbit);
            std::string record = "{\"i\": " + std::to_string(i);
            auto start = std::chrono::steady_clock::now();
            try {
                std::unique_ptr<S> solution(new S());
                {{CALL}}
                std::string value;
                wr(value, result);
                record += ", \"status\": \"ok\", \"value\": " + value;
            } catch (const OutputFlood &) {
                record += ", \"status\": \"flood\", \"error\": \"output limit exceeded\"";
            } catch (const std::ios_base::failure &e) {
                // the stream was left bad by a flood the code caught, and it printed again
                record += captured.flooded() ? ", \"status\": \"flood\", \"error\": \"output limit exceeded\""
                                             : ", \"status\": \"error\", \"error\": ";
                if (!captured.flooded()) wr(record, type_name(typeid(e)) + ": " + e.what());
            } catch (const std::bad_alloc &e) {
                record += ", \"status\": \"memory\", \"error\": ";
                wr(record, type_name(typeid(e)) + ": " + e.what());
            } catch (const std::exception &e) {
                record += ", \"status\": \"error\", \"error\": ";
                wr(record, type_name(typeid(e)) + ": " + e.what());
            } catch (const char *e) {
                record += ", \"status\": \"error\", \"error\": ";
                wr(record, std::string("exception (const char*): ") + e);
            } catch (const std::string &e) {
                record += ", \"status\": \"error\", \"error\": ";
                wr(record, "exception (std::string): " + e);
            } catch (int e) {
                record += ", \"status\": \"error\", \"error\": ";
                wr(record, "exception (int): " + std::to_string(e));
            } catch (...) {
                record += ", \"status\": \"error\", \"error\": ";
                wr(record, std::string("an exception of an unknown type"));
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
            line(record);
        }
    }
}

void *run(void *) {
    run_tests<Solution>();
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
