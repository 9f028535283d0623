package dev.codedrill.lang.rust;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.InputEncoder;
import dev.codedrill.lang.harness.RunPlan;
import dev.codedrill.lang.harness.StdioPlan;
import dev.codedrill.lang.harness.Templates;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rust, LeetCode style: {@code impl Solution { pub fn two_sum(...) }} in solution.rs, which main.rs includes in a
 * module of its own after the prelude (ListNode, TreeNode, {@code struct Solution}), so compiler errors and panics
 * point at solution.rs:LINE. Built with rustc in release mode with overflow checks on: an arithmetic overflow panics,
 * as a learner expects, instead of wrapping. The tests run in a thread with a big stack; a panic is caught per test and
 * reported with its message and place; the test's prints are kept by pointing fd 1 at a file while it runs.
 */
public final class RustHarness implements HarnessGenerator {

    /** The learner's file of a function problem, and of a stdio program. */
    static final String FUNCTION_FILE = "solution.rs";
    static final String STDIO_FILE = "main.rs";

    @Override
    public String languageId() {
        return "rust";
    }

    /** rustc's command for one crate root, making {@code main}. */
    static List<String> rustc(String root) {
        return List.of("rustc", "--edition", "2021", "-O", "-C", "overflow-checks=on", "-o", "main", root);
    }

    /** The stack of the thread running the tests: far past 10^5 frames, yet well inside the memory limit. */
    static int stackMb(int memoryMb) {
        return Math.max(16, Math.min(256, memoryMb / 4));
    }

    @Override
    public StdioPlan stdio(String source) {
        return new StdioPlan(STDIO_FILE, source, rustc(STDIO_FILE), List.of("./main"), List.of("main"));
    }

    /**
     * Builds main.rs; an error in main.rs (the harness's call of the learner's function) means the name, a parameter
     * or the return type differs from the signature: a clear message goes in front of the compiler's.
     */
    static List<String> build(String expected) {
        return List.of("sh", "-c", String.join(" ", rustc("main.rs")) + " 2> build.txt; code=$?;"
                + " if [ $code -ne 0 ] && grep -q -- '--> main.rs' build.txt; then"
                + " echo 'The judge calls " + expected + ": keep the name, the parameters and the return type of the"
                + " starter code' >&2; fi; cat build.txt >&2; exit $code");
    }

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        Signature s = problem.signature();
        StringBuilder readArgs = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (int i = 0; i < s.params().size(); i++) {
            // an in-place function takes its first argument as &mut, and that argument is the value judged
            boolean changed = s.inPlace() && i == 0;
            readArgs.append(changed ? "            let mut a" : "            let a").append(i).append(": ")
                    .append(rustType(s.params().get(i).type())).append(" = Rd::rd(&mut input);\n");
            args.add(changed ? "&mut a0" : "a" + i);
        }
        String call = "crate::Solution::" + snake(s.name()) + "(" + String.join(", ", args) + ")";
        String harness = Templates.load(getClass(), "rust_function.rs", Map.of(
                "READ_ARGS", readArgs.toString().stripTrailing(),
                "CALL", s.inPlace() ? "{ " + call + "; a0 }" : call,
                "STDOUT_CAP", Integer.toString(STDOUT_CAP),
                "STACK_MB", Integer.toString(stackMb(problem.memoryLimitMb()))));
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "main.rs", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", InputEncoder.encode(s, tests).getBytes(StandardCharsets.UTF_8)),
                build("Solution::" + declaration(s)), List.of("./main"), "results.jsonl", List.of("main"));
    }

    /**
     * {@code two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>}: the function as the starter code declares it; an
     * in-place function returns nothing and takes its first parameter as {@code &mut}, LeetCode's way:
     * {@code rotate(matrix: &mut Vec<Vec<i32>>)}.
     */
    static String declaration(Signature s) {
        List<String> params = new ArrayList<>();
        for (int i = 0; i < s.params().size(); i++) {
            Signature.Param p = s.params().get(i);
            params.add(snake(p.name()) + ": " + (s.inPlace() && i == 0 ? "&mut " : "") + rustType(p.type()));
        }
        return snake(s.name()) + "(" + String.join(", ", params) + ")"
                + (s.inPlace() ? "" : " -> " + rustType(s.returns()));
    }

    static String rustType(ValueType type) {
        String t = switch (type.base()) {
            case INT -> "i32";
            case LONG -> "i64";
            case DOUBLE -> "f64";
            case BOOL -> "bool";
            case STRING -> "String";
            case LIST_NODE -> "Option<Box<ListNode>>";
            case TREE_NODE -> "Option<Rc<RefCell<TreeNode>>>";
            default -> throw new UnsupportedOperationException("PENDING: " + type.base());
        };
        for (int d = 0; d < type.dims(); d++) {
            t = "Vec<" + t + ">";
        }
        return t;
    }

    /**
     * A camelCase name in Rust's snake_case, as LeetCode writes it: twoSum → two_sum, lengthOfLIS → length_of_lis,
     * isValidBST → is_valid_bst, list1 → list1.
     */
    static String snake(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                char before = name.charAt(i - 1);
                boolean wordStarts = Character.isLowerCase(before) || Character.isDigit(before)
                        || (Character.isUpperCase(before) && i + 1 < name.length()
                        && Character.isLowerCase(name.charAt(i + 1)));
                if (wordStarts) {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
