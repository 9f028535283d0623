package dev.codedrill.lang.rust;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.harness.InputEncoder;
import dev.codedrill.lang.harness.RunPlan;
import dev.codedrill.lang.harness.StdioPlan;
import dev.codedrill.lang.harness.Templates;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.TestCase;
import dev.codedrill.problem.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rust, LeetCode style: {@code impl Solution { pub fn two_sum(...) }} in solution.rs, which main.rs includes in a
 * module of its own after the prelude (ListNode, TreeNode, GraphNode, {@code struct Solution}, HashMap), so compiler
 * errors and panics point at solution.rs:LINE. A design problem's solution.rs declares the struct and its
 * {@code impl} ({@code fn new(...) -> Self} and snake_case methods, private as LeetCode writes them): the code that
 * calls them is generated into a module inside the solution's, which sees private items, and dispatches each call by
 * the method's number with statically typed arguments, so a misnamed method or a changed type is a compile error in
 * main.rs, explained in front of the compiler's. A list whose tail links back (a cycle) cannot be an
 * {@code Option<Box<ListNode>>}: such a test is reported as an error that says so. Built with rustc in release mode with overflow checks on: an arithmetic overflow panics,
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

    /**
     * rustc's command for one crate root, making {@code main}; stripped of its symbols (0.4 MB, not 11.7 MB: the
     * compile cache's copy is brought back from the sandbox). A panic still names its file and line.
     */
    static List<String> rustc(String root) {
        return List.of("rustc", "--edition", "2021", "-O", "-C", "overflow-checks=on", "-C", "strip=symbols", "-o",
                "main", root);
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
        return buildExplaining("The judge calls " + expected + ": keep the name, the parameters and the return type"
                + " of the starter code");
    }

    /** Builds main.rs, {@code explanation} going in front of the compiler's message when it points at main.rs. */
    private static List<String> buildExplaining(String explanation) {
        if (explanation.contains("'")) {
            throw new IllegalArgumentException("a quote in " + explanation);
        }
        return List.of("sh", "-c", String.join(" ", rustc("main.rs")) + " 2> build.txt; code=$?;"
                + " if [ $code -ne 0 ] && grep -q -- '--> main.rs' build.txt; then"
                + " echo '" + explanation + "' >&2; fi; cat build.txt >&2; exit $code");
    }

    @Override
    public RunPlan function(Problem problem, String source, List<TestCase> tests) {
        if (problem.kind() == ProblemKind.DESIGN) {
            return design(problem, source, tests);
        }
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
        String call = "crate::Solution::" + ident(snake(s.name())) + "(" + String.join(", ", args) + ")";
        String harness = Templates.load(getClass(), "rust_function.rs", Map.of(
                "DESIGN", "",
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
     * A design problem: the learner's struct is built with {@code new} and its methods called in each test's order,
     * the results gathered in a JSON array (null for the constructor and for a method returning nothing).
     */
    private RunPlan design(Problem problem, String source, List<TestCase> tests) {
        DesignClass d = problem.design();
        String harness = Templates.load(getClass(), "rust_function.rs", Map.of(
                "DESIGN", designCalls(d),
                "READ_ARGS", "            let test = crate::solution::codedrill_design::read(&mut input);",
                "CALL", "crate::solution::codedrill_design::run(test)",
                "STDOUT_CAP", Integer.toString(STDOUT_CAP),
                "STACK_MB", Integer.toString(stackMb(problem.memoryLimitMb()))));
        List<String> methods = new ArrayList<>();
        for (DesignClass.Method m : d.methods()) {
            methods.add(methodDeclaration(m));
        }
        String explanation = "The judge calls " + d.name() + "::" + constructorDeclaration(d) + ", then the methods "
                + String.join(", ", methods) + " (&self works too): keep the struct, the names, the parameters and the"
                + " return types of the starter code";
        return new RunPlan(Map.of(
                FUNCTION_FILE, source.getBytes(StandardCharsets.UTF_8),
                "main.rs", harness.getBytes(StandardCharsets.UTF_8),
                "input.txt", InputEncoder.encode(d, tests).getBytes(StandardCharsets.UTF_8)),
                buildExplaining(explanation), List.of("./main"), "results.jsonl", List.of("main"));
    }

    /**
     * The module inside the learner's that reads a design test's calls (an enum with a variant per method, holding
     * its arguments) and then makes them, writing each result.
     */
    static String designCalls(DesignClass d) {
        List<DesignClass.Method> methods = d.methods();
        StringBuilder m = new StringBuilder();
        m.append("\n    // ---------------------------------------------------------- the judge's calls (generated)\n")
                .append("    pub(crate) mod codedrill_design {\n")
                .append("        use super::*;\n")
                .append("        use crate::codedrill_harness::{calling, Input, Rd, Wr, Written};\n\n")
                .append("        pub enum CdCall {\n");
        for (int i = 0; i < methods.size(); i++) {
            m.append("            M").append(i).append('(').append(types(methods.get(i).params())).append("),\n");
        }
        m.append("            Unknown,\n        }\n\n")
                .append("        pub struct CdTest {\n")
                .append("            ctor: (").append(types(d.constructorParams()))
                .append(d.constructorParams().isEmpty() ? "" : ",").append("),\n")
                .append("            calls: Vec<CdCall>,\n        }\n\n")
                .append("        pub fn read(cd_input: &mut Input) -> CdTest {\n")
                .append("            let cd_m = cd_input.num();\n")
                .append("            let ctor = (").append(reads(d.constructorParams().size()))
                .append(d.constructorParams().isEmpty() ? "" : ",").append(");\n")
                .append("            let mut calls = Vec::new();\n")
                .append("            for _ in 1..cd_m.max(1) {\n")
                .append("                calls.push(match cd_input.num() {\n");
        for (int i = 0; i < methods.size(); i++) {
            m.append("                    ").append(i).append(" => CdCall::M").append(i).append('(')
                    .append(reads(methods.get(i).params().size())).append("),\n");
        }
        m.append("                    _ => CdCall::Unknown,\n                });\n            }\n")
                .append("            CdTest { ctor, calls }\n        }\n\n")
                .append("        pub fn run(cd_test: CdTest) -> Written {\n")
                .append("            let mut cd_out = String::from(\"[null\");\n")
                .append("            calling(1, \"").append(d.name()).append("::new\");\n")
                .append("            let (").append(args(d.constructorParams().size()))
                .append(d.constructorParams().isEmpty() ? "" : ",").append(") = cd_test.ctor;\n")
                .append("            let mut cd_obj = ").append(d.name()).append("::new(")
                .append(args(d.constructorParams().size())).append(");\n")
                .append("            for (cd_k, cd_call) in cd_test.calls.into_iter().enumerate() {\n")
                .append("                let cd_n = cd_k + 2;\n")
                .append("                cd_out.push(',');\n")
                .append("                match cd_call {\n");
        for (int i = 0; i < methods.size(); i++) {
            DesignClass.Method method = methods.get(i);
            String name = ident(snake(method.name()));
            String call = "cd_obj." + name + "(" + args(method.params().size()) + ")";
            m.append("                    CdCall::M").append(i).append('(').append(args(method.params().size()))
                    .append(") => {\n")
                    .append("                        calling(cd_n, \"").append(snake(method.name())).append("\");\n");
            if (method.returnsVoid()) {
                m.append("                        ").append(call).append(";\n")
                        .append("                        cd_out.push_str(\"null\");\n");
            } else {
                m.append("                        let cd_r: ").append(rustType(method.returns())).append(" = ")
                        .append(call).append(";\n")
                        .append("                        if let Err(cd_e) = Wr::wr(&cd_r, &mut cd_out) {\n")
                        .append("                            return Written(Err(format!(\"in call {}, ")
                        .append(snake(method.name())).append(": {}\", cd_n, cd_e)));\n")
                        .append("                        }\n");
            }
            m.append("                    }\n");
        }
        m.append("                    CdCall::Unknown => cd_out.push_str(\"null\"),\n")
                .append("                }\n            }\n")
                .append("            cd_out.push(']');\n")
                .append("            Written(Ok(cd_out))\n        }\n    }\n");
        return m.toString();
    }

    private static String types(List<Signature.Param> params) {
        List<String> types = new ArrayList<>();
        params.forEach(p -> types.add(rustType(p.type())));
        return String.join(", ", types);
    }

    private static String reads(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "Rd::rd(cd_input)"));
    }

    private static String args(int n) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            args.add("cd_a" + i);
        }
        return String.join(", ", args);
    }

    /** {@code new(capacity: i32) -> Self}: the design struct's constructor as the starter code declares it. */
    static String constructorDeclaration(DesignClass d) {
        return "new(" + params(d.constructorParams()) + ") -> Self";
    }

    /** {@code get(&mut self, key: i32) -> i32}: a design struct's method as the starter code declares it. */
    static String methodDeclaration(DesignClass.Method m) {
        String params = params(m.params());
        return ident(snake(m.name())) + "(&mut self" + (params.isEmpty() ? "" : ", " + params) + ")"
                + (m.returnsVoid() ? "" : " -> " + rustType(m.returns()));
    }

    private static String params(List<Signature.Param> params) {
        List<String> out = new ArrayList<>();
        params.forEach(p -> out.add(ident(snake(p.name())) + ": " + rustType(p.type())));
        return String.join(", ", out);
    }

    /** Rust's keywords that a raw identifier ({@code r#move}) can stand for. */
    private static final Set<String> KEYWORDS = Set.of("as", "break", "const", "continue", "else", "enum", "extern",
            "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
            "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
            "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
            "unsized", "virtual", "yield", "try");

    /** A name as a Rust identifier: a keyword as a raw identifier ({@code move} → {@code r#move}). */
    static String ident(String name) {
        return KEYWORDS.contains(name) ? "r#" + name : name;
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
            params.add(ident(snake(p.name())) + ": " + (s.inPlace() && i == 0 ? "&mut " : "") + rustType(p.type()));
        }
        return ident(snake(s.name())) + "(" + String.join(", ", params) + ")"
                + (s.inPlace() ? "" : " -> " + rustType(s.returns()));
    }

    static String rustType(ValueType type) {
        String t = switch (type.base()) {
            case INT -> "i32";
            case LONG -> "i64";
            case DOUBLE -> "f64";
            case BOOL -> "bool";
            case STRING -> "String";
            case CHAR -> "char";
            case LIST_NODE -> "Option<Box<ListNode>>";
            case TREE_NODE -> "Option<Rc<RefCell<TreeNode>>>";
            case GRAPH_NODE -> "Option<Rc<RefCell<GraphNode>>>";
            case MAP -> "HashMap<" + rustType(type.key()) + ", " + rustType(type.value()) + ">";
        };
        for (int d = 0; d < type.dims(); d++) {
            t = "Vec<" + t + ">";
        }
        // a nullable result (int?): None written as null
        return type.nullable() ? "Option<" + t + ">" : t;
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
