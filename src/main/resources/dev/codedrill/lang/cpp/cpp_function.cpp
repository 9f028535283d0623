// ---------------------------------------------------------------- a function problem: Solution's method per test
// Defined in main.cpp, compiled with the learner's solution.cpp (this file is compiled once per problem, apart):
// makes a Solution and calls its method with the arguments, as they are declared in the starter code; the Solution
// lives until release_solution, so that what it returned may point into it while it is written.
{{CALL_SIGNATURE}};
void release_solution();

void run_tests() {
    int tests = (int) num();
    for (int i = 0; i < tests; i++) {
        reset_test();
{{DECLS}}
        std::string record = "{\"i\": " + std::to_string(i);
        record += run_test(
            [&](std::string &value) {
                {{CALL}}
                wr(value, result);
                release_solution();
            },
            [] { return std::string(); });
        line(record);
    }
}
