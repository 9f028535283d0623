package dev.codedrill.lang;

import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.lang.starter.StarterCode;
import dev.codedrill.problem.Signature;
import org.junit.jupiter.api.Test;

class StarterCodeTest {

    private final Signature twoSum = Signature.parse("twoSum(nums: int[], target: int) -> int[]");
    private final Signature trees = Signature.parse("merge(a: TreeNode, names: string[][], big: long) -> ListNode");

    @Test
    void eachLanguageGetsTheLeetCodeStyleShapeOfTheSignature() {
        assertThat(StarterCode.function(twoSum, "python"))
                .contains("class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:");
        assertThat(StarterCode.function(twoSum, "javascript")).contains("function twoSum(nums, target) {")
                .contains("@param {number[]} nums");
        assertThat(StarterCode.function(twoSum, "java")).contains("class Solution {\n    public int[] twoSum(int[] nums, int target) {");
        assertThat(StarterCode.function(twoSum, "cpp")).contains("vector<int> twoSum(vector<int>& nums, int target) {");
        assertThat(StarterCode.function(twoSum, "go")).contains("func twoSum(nums []int, target int) []int {");
        assertThat(StarterCode.function(twoSum, "php")).contains("function twoSum($nums, $target) {")
                .contains("@param Integer[] $nums");
    }

    @Test
    void nodeTypesAndNestedArraysMapToEachLanguagesTypes() {
        assertThat(StarterCode.function(trees, "python"))
                .contains("def merge(self, a: Optional[TreeNode], names: List[List[str]], big: int) -> Optional[ListNode]:")
                .contains("# class TreeNode:").contains("# class ListNode:");
        assertThat(StarterCode.function(trees, "java")).contains("public ListNode merge(TreeNode a, String[][] names, long big)");
        assertThat(StarterCode.function(trees, "cpp"))
                .contains("ListNode* merge(TreeNode* a, vector<vector<string>>& names, long long big)");
        assertThat(StarterCode.function(trees, "go")).contains("func merge(a *TreeNode, names [][]string, big int64) *ListNode");
    }

    @Test
    void goAndRustInPlaceStartersReturnNothingAndTakeTheFirstArgumentSoChangesReachTheCaller() {
        Signature rotate = Signature.parse("rotate(matrix: int[][], k: int) -> void");
        assertThat(StarterCode.function(rotate, "go")).contains("func rotate(matrix [][]int, k int) {\n");
        assertThat(StarterCode.function(rotate, "rust"))
                .contains("pub fn rotate(matrix: &mut Vec<Vec<i32>>, k: i32) {\n").doesNotContain("->");
        Signature reorder = Signature.parse("reorderList(head: ListNode) -> void");
        assertThat(StarterCode.function(reorder, "go")).contains("func reorderList(head *ListNode) {\n");
        assertThat(StarterCode.function(reorder, "rust"))
                .contains("pub fn reorder_list(head: &mut Option<Box<ListNode>>) {\n");
        Signature flatten = Signature.parse("flatten(root: TreeNode) -> void");
        assertThat(StarterCode.function(flatten, "go")).contains("func flatten(root *TreeNode) {\n");
        assertThat(StarterCode.function(flatten, "rust"))
                .contains("pub fn flatten(root: &mut Option<Rc<RefCell<TreeNode>>>) {\n")
                .contains("use std::cell::RefCell;\nuse std::rc::Rc;\n");
    }

    @Test
    void javaAndCppInPlaceStartersReturnVoidAndTakeTheFirstArgumentSoChangesReachTheCaller() {
        Signature rotate = Signature.parse("rotate(matrix: int[][], k: int) -> void");
        assertThat(StarterCode.function(rotate, "java"))
                .contains("class Solution {\n    public void rotate(int[][] matrix, int k) {");
        assertThat(StarterCode.function(rotate, "cpp")).contains("void rotate(vector<vector<int>>& matrix, int k) {");
        Signature reorder = Signature.parse("reorder(head: ListNode, names: string[]) -> void");
        assertThat(StarterCode.function(reorder, "java")).contains("public void reorder(ListNode head, String[] names)");
        assertThat(StarterCode.function(reorder, "cpp"))
                .contains("void reorder(ListNode*& head, vector<string>& names) {");
    }

    @Test
    void anInPlaceFunctionReturnsNothingInPythonJavaScriptAndPhpAndPhpTakesItsFirstArgumentByReference() {
        Signature rotate = Signature.parse("rotate(matrix: int[][], k: int) -> void");
        assertThat(StarterCode.function(rotate, "python"))
                .contains("class Solution:\n    def rotate(self, matrix: List[List[int]], k: int) -> None:\n")
                .contains("in place").doesNotContain("-> List");
        assertThat(StarterCode.function(rotate, "javascript"))
                .contains("@param {number[][]} matrix").contains("@return {void}\n */\nfunction rotate(matrix, k) {")
                .contains("in place");
        assertThat(StarterCode.function(rotate, "php"))
                .contains("@param Integer[][] $matrix").contains("@return NULL\n")
                .contains("function rotate(&$matrix, $k) {").contains("in place");
    }

    @Test
    void stdioProblemsStartFromAProgramThatReadsStdin() {
        for (String language : StarterCode.languages()) {
            assertThat(StarterCode.stdio(language)).as(language).isNotBlank();
        }
        assertThat(StarterCode.stdio("java")).contains("public class Main");
    }
}
