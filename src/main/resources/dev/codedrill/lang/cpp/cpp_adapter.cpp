// CodeDrill: the learner's solution.cpp after the prelude, and the call of its method that the harness (compiled
// apart, in harness.o) makes for each test. A missing class or method, or one of another shape, fails a static_assert
// that says what to keep. Generated; do not edit.
{{PRELUDE}}
#include "solution.cpp"

// Declared, so that a class the code does not define is found incomplete and named rather than failing as an
// unknown name here.
class Solution;

namespace codedrill_harness {

template <class T, class = void> struct complete : std::false_type {};
template <class T> struct complete<T, std::void_t<decltype(sizeof(T))>> : std::true_type {};

template <class S, class = void> struct callable : std::false_type {};
template <class S>
struct callable<S, std::void_t<decltype(std::declval<S &>().{{FUNCTION}}({{DECLVALS}}))>> : std::true_type {};

std::shared_ptr<void> solution;

template <class S> {{RETURNS}} call({{PARAMS}}) {
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
        S *made = new S();
        solution.reset(made, [](void *p) { delete static_cast<S *>(p); });
        return made->{{FUNCTION}}({{ARGUMENTS}});
    }
    std::abort();  // not reached: the branch that compiles returns, the others stop the compile with what to keep
}

{{CALL_SIGNATURE}} {
    return call<::Solution>({{ARGUMENTS}});
}

void release_solution() {
    solution.reset();
}

}  // namespace codedrill_harness
