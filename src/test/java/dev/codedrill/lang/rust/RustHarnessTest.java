package dev.codedrill.lang.rust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.lang.harness.RunPlan;
import dev.codedrill.problem.ComparatorSpec;
import dev.codedrill.problem.DesignClass;
import dev.codedrill.problem.Difficulty;
import dev.codedrill.problem.Problem;
import dev.codedrill.problem.ProblemKind;
import dev.codedrill.problem.Signature;
import dev.codedrill.problem.ValueType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How Rust names what a signature says, LeetCode's way. */
class RustHarnessTest {

    @Test
    void camelCaseNamesBecomeSnakeCaseWithAcronymsAsOneWord() {
        assertThat(RustHarness.snake("twoSum")).isEqualTo("two_sum");
        assertThat(RustHarness.snake("lengthOfLIS")).isEqualTo("length_of_lis");
        assertThat(RustHarness.snake("isValidBST")).isEqualTo("is_valid_bst");
        assertThat(RustHarness.snake("evalRPN")).isEqualTo("eval_rpn");
        assertThat(RustHarness.snake("numCourses")).isEqualTo("num_courses");
        assertThat(RustHarness.snake("list1")).isEqualTo("list1");
        assertThat(RustHarness.snake("myPow")).isEqualTo("my_pow");
        assertThat(RustHarness.snake("x")).isEqualTo("x");
    }

    @Test
    void typesAreLeetCodesRustTypes() {
        assertThat(RustHarness.rustType(ValueType.parse("int[][]"))).isEqualTo("Vec<Vec<i32>>");
        assertThat(RustHarness.rustType(ValueType.parse("long"))).isEqualTo("i64");
        assertThat(RustHarness.rustType(ValueType.parse("string[]"))).isEqualTo("Vec<String>");
        assertThat(RustHarness.rustType(ValueType.parse("ListNode"))).isEqualTo("Option<Box<ListNode>>");
        assertThat(RustHarness.rustType(ValueType.parse("TreeNode"))).isEqualTo("Option<Rc<RefCell<TreeNode>>>");
        assertThat(RustHarness.rustType(ValueType.parse("ListNode[]"))).isEqualTo("Vec<Option<Box<ListNode>>>");
        assertThat(RustHarness.rustType(ValueType.parse("TreeNode[]")))
                .isEqualTo("Vec<Option<Rc<RefCell<TreeNode>>>>");
        assertThat(RustHarness.rustType(ValueType.parse("GraphNode"))).isEqualTo("Option<Rc<RefCell<GraphNode>>>");
        assertThat(RustHarness.rustType(ValueType.parse("map<string, int>"))).isEqualTo("HashMap<String, i32>");
        assertThat(RustHarness.rustType(ValueType.parse("map<int, long[]>"))).isEqualTo("HashMap<i32, Vec<i64>>");
    }

    @Test
    void aKeywordNameIsARawIdentifier() {
        assertThat(RustHarness.declaration(Signature.parse("move(type: int, fn: string) -> bool")))
                .isEqualTo("r#move(r#type: i32, r#fn: String) -> bool");
    }

    @Test
    void theDesignStarterIsLeetCodesStructAndImplWithNewAndSnakeCaseMethods() {
        DesignClass lru = DesignClass.parse("LRUCache(capacity: int)",
                List.of("get(key: int) -> int", "put(key: int, value: int) -> void", "getMin() -> map<string, int>"));
        String starter = new RustSupport().designStarter(lru);
        assertThat(starter).startsWith("use std::collections::HashMap;\n\nstruct LRUCache {\n\n}\n")
                .contains("impl LRUCache {\n\n    fn new(capacity: i32) -> Self {\n        \n    }\n")
                .contains("\n    fn get(&mut self, key: i32) -> i32 {\n")
                .contains("\n    fn put(&mut self, key: i32, value: i32) {\n")
                .contains("\n    fn get_min(&mut self) -> HashMap<String, i32> {\n")
                .contains(" * let mut obj = LRUCache::new(capacity);\n * let ret_1: i32 = obj.get(key);\n"
                        + " * obj.put(key, value);\n")
                .doesNotContain("/**"); // a doc comment that no item follows is a compile error
    }

    @Test
    void theStarterDeclaresTheFunctionTheJudgeCallsAndImportsWhatATreeNeeds() {
        Signature s = Signature.parse("levelOrder(root: TreeNode) -> int[][]");
        String starter = new RustSupport().functionStarter(s);
        assertThat(starter).contains("use std::cell::RefCell;\nuse std::rc::Rc;\n")
                .contains("impl Solution {\n    pub fn level_order(root: Option<Rc<RefCell<TreeNode>>>) -> Vec<Vec<i32>> {");
        assertThat(new RustSupport().functionStarter(Signature.parse("twoSum(nums: int[], target: int) -> int[]")))
                .startsWith("impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {")
                .doesNotContain("use ");
    }

    @Test
    void anInPlaceFunctionIsDeclaredWithoutAReturnTypeAndItsFirstParameterMutable() {
        assertThat(RustHarness.declaration(Signature.parse("rotate(matrix: int[][], k: int) -> void")))
                .isEqualTo("rotate(matrix: &mut Vec<Vec<i32>>, k: i32)");
        assertThat(RustHarness.declaration(Signature.parse("reorderList(head: ListNode) -> void")))
                .isEqualTo("reorder_list(head: &mut Option<Box<ListNode>>)");
    }

    @Test
    void aDesignProblemsCallsAreAGeneratedMatchAndAMisnamedMethodIsExplainedInFrontOfTheCompilersError() {
        DesignClass tally = DesignClass.parse("Tally(start: int)", List.of("add(x: int) -> void", "isEmpty() -> bool"));
        Problem problem = new Problem("tally", "Tally", Difficulty.EASY, List.of(), ProblemKind.DESIGN, null,
                ComparatorSpec.EXACT, 1000, 256, "", List.of(), Path.of("."), List.of(), Map.of(), tally);
        RunPlan plan = new RustHarness().function(problem, "struct Tally {}", List.of());
        String main = new String(plan.files().get("main.rs"), StandardCharsets.UTF_8);
        assertThat(main).contains("let mut cd_obj = Tally::new(cd_a0);")
                .contains("CdCall::M0(cd_a0) => {\n                        calling(cd_n, \"add\");\n"
                        + "                        cd_obj.add(cd_a0);\n")
                .contains("let cd_r: bool = cd_obj.is_empty();");
        assertThat(String.join(" ", plan.compile())).contains("The judge calls Tally::new(start: i32) -> Self, then the"
                + " methods add(&mut self, x: i32), is_empty(&mut self) -> bool (&self works too): keep the struct, the"
                + " names, the parameters and the return types of the starter code");
    }
}
