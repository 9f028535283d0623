package dev.codedrill.judge.rust;

import dev.codedrill.judge.FunctionHarnessContract;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.harness.HarnessGenerator;
import dev.codedrill.lang.support.LanguageSupport;
import dev.codedrill.problem.ValueType;

/** Rust's function harness on the real private daemon, against the contract every language's harness meets. */
class RustFunctionHarnessTest extends FunctionHarnessContract {

    private static final LanguageSupport RUST = LanguageSupports.of("rust");

    private static final String ACCEPTED = """
            use std::collections::HashMap;

            impl Solution {
                pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
                    let mut seen = HashMap::new();
                    for (i, &n) in nums.iter().enumerate() {
                        if let Some(&j) = seen.get(&(target - n)) {
                            println!("found {}", i);
                            return vec![j as i32, i as i32];
                        }
                        seen.insert(n, i);
                    }
                    vec![]
                }
            }
            """;

    @Override
    protected HarnessGenerator generator() {
        return RUST.harness();
    }

    @Override
    protected String twoSumAccepted() {
        return ACCEPTED;
    }

    @Override
    protected String twoSumWrongOrder() {
        return ACCEPTED.replace("vec![j as i32, i as i32]", "vec![i as i32, j as i32]");
    }

    @Override
    protected String twoSumThrowing() {
        return "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n"
                + "        let zero = nums.len() as i32 - nums.len() as i32;\n        vec![1 / zero]\n    }\n}\n";
    }

    @Override
    protected String runtimeErrorFragment() {
        return "panicked at 'attempt to divide by zero', solution.rs:4:";
    }

    @Override
    protected String twoSumLoopingOnThreeNumbers() {
        return ACCEPTED.replace("let mut seen = HashMap::new();",
                "let mut seen = HashMap::new();\n        if nums.len() == 3 {\n            loop {}\n        }");
    }

    @Override
    protected String twoSumNotCompiling() {
        return "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> { vec![0, 1; }\n}\n";
    }

    @Override
    protected String compileErrorFragment() {
        return "solution.rs:2";
    }

    @Override
    protected String twoSumMisnamed() {
        return ACCEPTED.replace("pub fn two_sum", "pub fn two_summ");
    }

    @Override
    protected String misnamedFragment() {
        return "The judge calls Solution::two_sum(nums: Vec<i32>, target: i32) -> Vec<i32>: keep the name, the"
                + " parameters and the return type of the starter code";
    }

    @Override
    protected String twoSumHoggingMemory() {
        // every page written, so the memory is really taken (the cgroup's OOM killer ends the run)
        return ACCEPTED.replace("let mut seen = HashMap::new();", """
                let mut seen = HashMap::new();
                        let hog: Vec<Vec<u8>> = (0..16).map(|k| vec![k as u8 + 1; 64 << 20]).collect();
                        println!("{}", hog.len());""");
    }

    @Override
    protected String echo(ValueType type) {
        String rust = RUST.typeName(type);
        String uses = rust.contains("Rc<") ? "use std::cell::RefCell;\nuse std::rc::Rc;\n\n" : "";
        return uses + "impl Solution {\n    pub fn echo(x: " + rust + ") -> " + rust + " {\n        x\n    }\n}\n";
    }

    @Override
    protected String twoSumPrintingForeverOnThreeNumbers() {
        String line = "x".repeat(1000);
        return ACCEPTED.replace("let mut seen = HashMap::new();", "while nums.len() == 3 {\n            println!(\""
                + line + "\");\n        }\n        let mut seen = HashMap::new();")
                .replace("println!(\"found {}\", i);\n", "");
    }
}
