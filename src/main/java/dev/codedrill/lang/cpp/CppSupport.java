package dev.codedrill.lang.cpp;

import static dev.codedrill.lang.support.Highlighting.BLOCK_COMMENT;
import static dev.codedrill.lang.support.Highlighting.COMMENT;
import static dev.codedrill.lang.support.Highlighting.DQ;
import static dev.codedrill.lang.support.Highlighting.LINE_COMMENT;
import static dev.codedrill.lang.support.Highlighting.NUMBER;
import static dev.codedrill.lang.support.Highlighting.PREPROCESSOR;
import static dev.codedrill.lang.support.Highlighting.SQ;
import static dev.codedrill.lang.support.Highlighting.STRING;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.support.Highlighting;
import dev.codedrill.lang.support.Indenting;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.lang.support.Program;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** C++17 with g++. */
public final class CppSupport implements LanguageSupport {

    private static final Highlighting HIGHLIGHTING = highlightingRules();

    @Override
    public String id() {
        return "cpp";
    }

    @Override
    public String name() {
        return "C++17";
    }

    @Override
    public List<String> aliases() {
        return List.of("c++", "cc", "c");
    }

    @Override
    public String solutionFile() {
        return "cpp.cpp";
    }

    @Override
    public HarnessGenerator harness() {
        return new CppHarness();
    }

    @Override
    public String functionFile() {
        return CppHarness.FUNCTION_FILE;
    }

    @Override
    public String stdioFile() {
        return CppHarness.STDIO_FILE;
    }

    @Override
    public String functionStarter(Signature s) {
        List<ValueType> types = s.types();
        // an in-place function: void, and its first parameter a non-const reference (changes reach the caller)
        return nodes(types).append("class Solution {\npublic:\n    ").append(CppHarness.signature(s))
                .append(" {\n        \n    }\n};\n").toString();
    }

    /** The classes of the nodes the types use, as comments (the harness defines them), LeetCode style. */
    private static StringBuilder nodes(List<ValueType> types) {
        StringBuilder out = new StringBuilder();
        if (types.stream().anyMatch(t -> t.base() == ValueType.Base.LIST_NODE)) {
            out.append("// struct ListNode { int val; ListNode *next; ListNode() : val(0), next(nullptr) {}\n"
                    + "//     ListNode(int x) : val(x), next(nullptr) {} ListNode(int x, ListNode *next) : val(x),"
                    + " next(next) {} };\n");
        }
        if (types.stream().anyMatch(t -> t.base() == ValueType.Base.TREE_NODE)) {
            out.append("// struct TreeNode { int val; TreeNode *left; TreeNode *right; TreeNode() : val(0),"
                    + " left(nullptr), right(nullptr) {}\n"
                    + "//     TreeNode(int x) : ... {} TreeNode(int x, TreeNode *left, TreeNode *right) : ... {} };\n");
        }
        if (types.stream().anyMatch(t -> t.base() == ValueType.Base.GRAPH_NODE)) {
            out.append("// class Node { public: int val; vector<Node*> neighbors; Node() : val(0) {}\n"
                    + "//     Node(int _val) : val(_val) {} Node(int _val, vector<Node*> _neighbors) : val(_val),"
                    + " neighbors(_neighbors) {} };\n");
        }
        return out;
    }

    /**
     * LeetCode's shape: the class with a public constructor and methods (parameters as in function starters: arrays
     * and maps by reference), then how the judge uses it, as LeetCode's comment shows.
     */
    @Override
    public String designStarter(DesignClass design) {
        StringBuilder out = nodes(design.types());
        String name = design.name();
        out.append("class ").append(name).append(" {\npublic:\n    ").append(name).append('(')
                .append(CppHarness.parameters(design.constructorParams())).append(") {\n        \n    }\n");
        for (DesignClass.Method m : design.methods()) {
            out.append("    \n    ").append(CppHarness.methodSignature(m)).append(" {\n        \n    }\n");
        }
        out.append("};\n\n/**\n * Your ").append(name)
                .append(" object will be instantiated and called as such:\n * ").append(name).append("* obj = new ")
                .append(name).append('(').append(names(design.constructorParams())).append(");\n");
        for (int i = 0; i < design.methods().size(); i++) {
            DesignClass.Method m = design.methods().get(i);
            String call = "obj->" + m.name() + "(" + names(m.params()) + ");";
            out.append(" * ").append(m.returnsVoid() ? call
                    : CppHarness.cppType(m.returns()) + " param_" + (i + 1) + " = " + call).append('\n');
        }
        return out.append(" */\n").toString();
    }

    private static String names(List<Signature.Param> params) {
        return params.stream().map(Signature.Param::name).collect(Collectors.joining(","));
    }

    @Override
    public String stdioStarter() {
        return "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    ios::sync_with_stdio(false);\n"
                + "    cin.tie(nullptr);\n    \n    return 0;\n}\n";
    }

    /** As the harness declares it, LeetCode style: {@code ListNode*}, {@code vector<vector<int>>}. */
    @Override
    public String typeName(ValueType t) {
        return CppHarness.cppType(t);
    }

    @Override
    public Highlighting highlighting() {
        return HIGHLIGHTING;
    }

    private static Highlighting highlightingRules() {
        Set<String> keywords = Set.of("alignas", "alignof", "and", "asm", "break", "case", "catch", "class",
                "const", "consteval", "constexpr", "constinit", "const_cast", "continue", "decltype", "default",
                "delete", "do", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "for",
                "friend", "goto", "if", "inline", "mutable", "namespace", "new", "noexcept", "not", "nullptr",
                "operator", "or", "private", "protected", "public", "register", "reinterpret_cast", "return",
                "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this",
                "thread_local", "throw", "true", "try", "typedef", "typeid", "typename", "union", "using",
                "virtual", "volatile", "while", "override", "final", "NULL");
        Set<String> types = Set.of("auto", "bool", "char", "char16_t", "char32_t", "char8_t", "double", "float",
                "int", "long", "short", "signed", "unsigned", "void", "wchar_t", "size_t", "int8_t", "int16_t",
                "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "string", "vector", "map",
                "unordered_map", "set", "unordered_set", "multiset", "multimap", "pair", "tuple", "queue",
                "priority_queue", "stack", "deque", "list", "array", "bitset", "string_view", "optional",
                "function", "greater", "less");
        return Highlighting.of(
                Highlighting.of(COMMENT, LINE_COMMENT),
                Highlighting.of(COMMENT, BLOCK_COMMENT),
                // #include <vector>: the directive and its angle-bracket header; a "header.h" stays a string.
                Highlighting.of(PREPROCESSOR, "(?m:^)[ \\t]*+#[ \\t]*+[A-Za-z_]\\w*+(?:[ \\t]*+<[^>\\n]*+>)?"),
                Highlighting.of(STRING, "(?:u8|[uUL])?R\"(?<rawDelim>[^()\\\\\\s\"]{0,16})\\([\\s\\S]*?"
                        + "(?:\\)\\k<rawDelim>\"|\\z)"),
                Highlighting.of(STRING, "(?:u8|[uUL])?(?:" + DQ + "|" + SQ + ")"),
                Highlighting.of(NUMBER, "(?:0[xXbB][0-9a-fA-F']++|\\d++(?:'\\d++)*+(?:\\.\\d*+)?(?:[eE][+-]?\\d++)?"
                        + "|\\.\\d++(?:[eE][+-]?\\d++)?)\\w*+"),
                Highlighting.identifiers("[A-Za-z_]\\w*+", keywords, types, true));
    }

    @Override
    public String lineComment() {
        return "//";
    }

    @Override
    public Indenting indenting() {
        return Indenting.BRACES;
    }

    @Override
    public Program hello() {
        return new Program("solution.cpp", "#include <cstdio>\nint main() { std::puts(\"hello\"); }\n",
                List.of("g++", "-std=c++17", "-O2", "-o", "solution", "solution.cpp"), List.of("./solution"));
    }

    @Override
    public List<String> versionCommand() {
        return List.of("g++", "--version");
    }
}
