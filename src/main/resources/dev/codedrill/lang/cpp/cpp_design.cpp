// ---------------------------------------------------------------- a design problem: the class's calls per test
// Whether each method can be called with its parameters (callable_i).
{{TRAITS}}

// The methods by their numbers in input.txt.
const char *const METHOD_NAMES[] = {
{{METHOD_NAMES}}
};

template <class S> void run_tests() {
    if constexpr (!complete<S>::value) {
        static_assert(complete<S>::value, "no class {{CLASS}} in solution.cpp: keep the class name of the starter "
                                          "code, {{CLASS}}");
    } else if constexpr (!std::is_constructible_v<{{CONSTRUCTIBLE}}>) {
        static_assert(std::is_constructible_v<{{CONSTRUCTIBLE}}>,
                      "no constructor {{CONSTRUCTOR_SIGNATURE}} in class {{CLASS}}: keep the parameters of the "
                      "starter code, after public:");
    }{{CHECKS}} else {
        int tests = (int) num();
        for (int i = 0; i < tests; i++) {
            reset_test();
            // each call with its arguments read, as a step that makes the call and writes what it returned
            int m = (int) num();
            std::unique_ptr<S> object;
            std::vector<std::function<void(std::string &)>> calls;
            std::vector<int> methods(m, -1);
            calls.reserve(m);
{{CONSTRUCTOR}}
            for (int k = 1; k < m; k++) {
                methods[k] = (int) num();
                switch (methods[k]) {
{{CASES}}
                    default: throw std::runtime_error("input.txt: no method " + std::to_string(methods[k]));
                }
            }
            int call = 0;
            std::string record = "{\"i\": " + std::to_string(i);
            record += run_test(
                [&](std::string &value) {
                    value += '[';
                    for (call = 0; call < m; call++) {
                        if (call > 0) value += ',';
                        calls[call](value);
                    }
                    value += ']';
                    object.reset();
                },
                [&] {
                    return call >= m ? std::string()
                                     : "in call " + std::to_string(call + 1) + ", "
                                           + (call == 0 ? std::string("{{CLASS}}") : METHOD_NAMES[methods[call]]) + ": ";
                });
            line(record);
        }
    }
}
