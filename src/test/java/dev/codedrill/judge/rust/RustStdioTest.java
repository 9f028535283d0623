package dev.codedrill.judge.rust;

import dev.codedrill.judge.StdioContract;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.harness.HarnessGenerator;

/** Rust stdio programs on the real private daemon, against the contract of every language. */
class RustStdioTest extends StdioContract {

    private static String program(String body) {
        return "use std::io::Read;\n\nfn main() {\n    let mut input = String::new();\n"
                + "    std::io::stdin().read_to_string(&mut input).unwrap();\n"
                + "    let v: Vec<i64> = input.split_ascii_whitespace().map(|t| t.parse().unwrap()).collect();\n"
                + "    let (a, b) = (v[0], v[1]);\n" + body + "}\n";
    }

    @Override
    protected HarnessGenerator generator() {
        return LanguageSupports.of("rust").harness();
    }

    @Override
    protected String aPlusB() {
        return program("    println!(\"{}\", a + b);\n");
    }

    @Override
    protected String aMinusB() {
        return program("    println!(\"{}\", a - b);\n");
    }

    @Override
    protected String crashingWhenBIsTwo() {
        return program("    println!(\"{}\", a / (b - 2));\n");
    }

    @Override
    protected String runtimeErrorFragment() {
        return "attempt to divide by zero";
    }

    @Override
    protected String loopingWhenBIsFive() {
        return program("    if b == 5 {\n        loop {}\n    }\n    println!(\"{}\", a + b);\n");
    }

    @Override
    protected String flooding() {
        return "use std::io::Write;\n\nfn main() {\n    let chunk = vec![b'x'; 65536];\n"
                + "    let mut out = std::io::stdout();\n    loop {\n        out.write_all(&chunk).unwrap();\n    }\n}\n";
    }

    @Override
    protected String notCompiling() {
        return "fn main() { let x: i32 = \"no\"; }\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "main.rs:1";
    }
}
