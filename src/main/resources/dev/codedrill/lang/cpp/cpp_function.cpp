// ---------------------------------------------------------------- a function problem: Solution's method per test
template <class S, class = void> struct callable : std::false_type {};
template <class S>
struct callable<S, std::void_t<decltype(std::declval<S &>().{{FUNCTION}}({{DECLVALS}}))>> : std::true_type {};

template <class S> void run_tests() {
    if constexpr (!complete<S>::value) {
        static_assert(complete<S>::value, "no class Solution in solution.cpp: keep the class Solution of the starter "
                                          "code, with its method {{CPP_SIGNATURE}}");
    } else if constexpr (!callable<S>::value) {
        static_assert(callable<S>::value, "no method {{FUNCTION}} in class Solution callable as {{CPP_SIGNATURE}}: "
                                          "keep the name and the parameters of the starter code");
    } else if constexpr ({{IN_PLACE}} && !std::is_void_v<decltype(std::declval<S &>().{{FUNCTION}}({{DECLVALS}}))>) {
        // an in-place function: the judge compares its first argument after the call, so it returns nothing
        static_assert(std::is_void_v<decltype(std::declval<S &>().{{FUNCTION}}({{DECLVALS}}))>,
                      "the method {{FUNCTION}} in class Solution must be {{CPP_SIGNATURE}}: it changes its first "
                      "argument, which is judged; keep the name, the parameters and the return type of the starter "
                      "code");
    } else {
        int tests = (int) num();
        for (int i = 0; i < tests; i++) {
            reset_test();
{{DECLS}}
            std::string record = "{\"i\": " + std::to_string(i);
            record += run_test(
                [&](std::string &value) {
                    std::unique_ptr<S> solution(new S());
                    {{CALL}}
                    wr(value, result);
                },
                [] { return std::string(); });
            line(record);
        }
    }
}
