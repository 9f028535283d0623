package dev.codedrill.lang.rust;

import static dev.codedrill.lang.support.Highlighting.ANNOTATION;
import static dev.codedrill.lang.support.Highlighting.BLOCK_COMMENT;
import static dev.codedrill.lang.support.Highlighting.COMMENT;
import static dev.codedrill.lang.support.Highlighting.DQ;
import static dev.codedrill.lang.support.Highlighting.LINE_COMMENT;
import static dev.codedrill.lang.support.Highlighting.NUMBER;
import static dev.codedrill.lang.support.Highlighting.NUMBER_C;
import static dev.codedrill.lang.support.Highlighting.PREPROCESSOR;
import static dev.codedrill.lang.support.Highlighting.STRING;

import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.support.Highlighting;
import dev.codedrill.lang.support.Indenting;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.lang.support.Program;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Rust (rustc, edition 2021), LeetCode style. */
public final class RustSupport implements LanguageSupport {

    private static final Highlighting HIGHLIGHTING = highlightingRules();

    @Override
    public String id() {
        return "rust";
    }

    @Override
    public String name() {
        return "Rust";
    }

    @Override
    public List<String> aliases() {
        return List.of("rs");
    }

    @Override
    public String solutionFile() {
        return "rust.rs";
    }

    @Override
    public HarnessGenerator harness() {
        return new RustHarness();
    }

    @Override
    public String functionFile() {
        return RustHarness.FUNCTION_FILE;
    }

    @Override
    public String stdioFile() {
        return RustHarness.STDIO_FILE;
    }

    @Override
    public String functionStarter(Signature s) {
        List<ValueType> types = s.types();
        return preamble(types) + "impl Solution {\n    pub fn " + RustHarness.declaration(s) + " {\n        \n    }\n}\n";
    }

    /**
     * LeetCode's shape of a design problem: the struct, then its {@code impl} with {@code fn new(...) -> Self} and
     * the methods, snake_case, each taking {@code &mut self} (the judge calls them on a {@code let mut} value, so
     * {@code &self} works too), and LeetCode's note of how the object is called (a plain comment: a doc comment
     * that no item follows does not compile).
     */
    @Override
    public String designStarter(DesignClass design) {
        StringBuilder out = new StringBuilder(preamble(design.types()));
        String name = design.name();
        out.append("struct ").append(name).append(" {\n\n}\n\n")
                .append("/*\n * The judge calls the methods on a `let mut` value: `&mut self` lets them change it;"
                        + " `&self` works too.\n */\n")
                .append("impl ").append(name).append(" {\n\n")
                .append("    fn ").append(RustHarness.constructorDeclaration(design)).append(" {\n        \n    }\n");
        for (DesignClass.Method m : design.methods()) {
            out.append("\n    fn ").append(RustHarness.methodDeclaration(m)).append(" {\n        \n    }\n");
        }
        out.append("}\n\n/*\n * Your ").append(name).append(" object will be instantiated and called as such:\n")
                .append(" * let mut obj = ").append(name).append("::new(")
                .append(names(design.constructorParams())).append(");\n");
        for (int i = 0; i < design.methods().size(); i++) {
            DesignClass.Method m = design.methods().get(i);
            String call = "obj." + RustHarness.ident(RustHarness.snake(m.name())) + "(" + names(m.params()) + ");";
            out.append(" * ").append(m.returnsVoid() ? call
                    : "let ret_" + (i + 1) + ": " + RustHarness.rustType(m.returns()) + " = " + call).append('\n');
        }
        return out.append(" */\n").toString();
    }

    private static String names(List<Signature.Param> params) {
        List<String> names = new ArrayList<>();
        params.forEach(p -> names.add(RustHarness.ident(RustHarness.snake(p.name()))));
        return String.join(", ", names);
    }

    /** What the code needs of the node types and maps it uses: their definitions, as comments, and their imports. */
    private static String preamble(List<ValueType> types) {
        Set<ValueType.Base> used = EnumSet.noneOf(ValueType.Base.class);
        types.forEach(t -> used.add(t.base()));
        StringBuilder out = new StringBuilder();
        if (used.contains(ValueType.Base.LIST_NODE)) {
            out.append("// The judge defines the list node:\n// pub struct ListNode { pub val: i32,"
                    + " pub next: Option<Box<ListNode>> }  (ListNode::new(val))\n");
        }
        if (used.contains(ValueType.Base.TREE_NODE)) {
            out.append("// The judge defines the tree node:\n// pub struct TreeNode { pub val: i32,"
                    + " pub left: Option<Rc<RefCell<TreeNode>>>, pub right: Option<Rc<RefCell<TreeNode>>> }"
                    + "  (TreeNode::new(val))\n");
        }
        if (used.contains(ValueType.Base.GRAPH_NODE)) {
            out.append("// The judge defines the graph node:\n// pub struct GraphNode { pub val: i32,"
                    + " pub neighbors: Vec<Rc<RefCell<GraphNode>>> }  (GraphNode::new(val))\n");
        }
        if (used.contains(ValueType.Base.TREE_NODE) || used.contains(ValueType.Base.GRAPH_NODE)) {
            out.append("use std::cell::RefCell;\nuse std::rc::Rc;\n");
        }
        if (used.contains(ValueType.Base.MAP)) {
            out.append("use std::collections::HashMap;\n");
        }
        return out.isEmpty() ? "" : out.append('\n').toString();
    }

    @Override
    public String stdioStarter() {
        return "use std::io::{self, BufWriter, Read, Write};\n\nfn main() {\n    let mut input = String::new();\n"
                + "    io::stdin().read_to_string(&mut input).unwrap();\n"
                + "    let mut tokens = input.split_ascii_whitespace();\n"
                + "    let mut out = BufWriter::new(io::stdout().lock());\n    \n}\n";
    }

    @Override
    public String typeName(ValueType type) {
        return RustHarness.rustType(type);
    }

    @Override
    public Highlighting highlighting() {
        return HIGHLIGHTING;
    }

    private static Highlighting highlightingRules() {
        Set<String> keywords = Set.of("as", "async", "await", "break", "const", "continue", "crate", "dyn", "else",
                "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move",
                "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
                "unsafe", "use", "where", "while");
        Set<String> types = Set.of("i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128",
                "usize", "f32", "f64", "bool", "char", "str");
        String character = "'(?:[^'\\\\\\n]|\\\\(?:[nrt0\\\\'\"]|x[0-9a-fA-F]{2}|u\\{[0-9a-fA-F]{1,6}\\}))'";
        return Highlighting.of(
                Highlighting.of(COMMENT, LINE_COMMENT),
                Highlighting.of(COMMENT, BLOCK_COMMENT),
                Highlighting.of(ANNOTATION, "#!?\\[[^\\]\\n]*+\\]?"),
                Highlighting.of(STRING, "b?r(?<rawHashes>#*+)\"[\\s\\S]*?(?:\"\\k<rawHashes>|\\z)"),
                Highlighting.of(STRING, "b?" + DQ),
                Highlighting.of(STRING, "b?" + character),
                // a lifetime ('a) is not the start of a character literal
                new Highlighting.Rule("'[A-Za-z_]\\w*+", word -> null),
                Highlighting.of(NUMBER, NUMBER_C),
                // println!, vec!: a macro's name and its bang; != is not one
                Highlighting.of(PREPROCESSOR, "[A-Za-z_]\\w*+!(?!=)"),
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
        return new Program("main.rs", "fn main() {\n    println!(\"hello\");\n}\n",
                List.of("rustc", "--edition", "2021", "-O", "-o", "solution", "main.rs"), List.of("./solution"));
    }

    @Override
    public List<String> versionCommand() {
        return List.of("rustc", "--version");
    }
}
