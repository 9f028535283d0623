package dev.codedrill.judge.go;

import static dev.codedrill.testing.TestProblems.design;
import static dev.codedrill.testing.TestProblems.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.codedrill.judge.JudgeResult;
import dev.codedrill.judge.Verdict;
import dev.codedrill.lang.LanguageSupports;
import dev.codedrill.lang.go.GoHarness;
import dev.codedrill.problem.Problem;
import java.util.List;
import dev.codedrill.testing.JudgeFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Go's design problems (LeetCode's shape: a type, {@code func Constructor}, exported methods) in a real sandbox: a
 * user's own {@code Node} type does not clash with the harness, misnamed pieces get clear messages, a panic names
 * its call, and every type of the format goes in and comes back through a method.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoDesignHarnessTest {

    /** LeetCode's LRU cache, with the usual doubly linked list of its own type Node. */
    private static final String LRU = """
            package main

            type Node struct {
            \tkey, value int
            \tprev, next *Node
            }

            type LRUCache struct {
            \tcapacity   int
            \tnodes      map[int]*Node
            \thead, tail *Node
            }

            func Constructor(capacity int) LRUCache {
            \thead, tail := &Node{}, &Node{}
            \thead.next, tail.prev = tail, head
            \treturn LRUCache{capacity: capacity, nodes: map[int]*Node{}, head: head, tail: tail}
            }

            func (this *LRUCache) unlink(n *Node) {
            \tn.prev.next, n.next.prev = n.next, n.prev
            }

            func (this *LRUCache) front(n *Node) {
            \tn.prev, n.next = this.head, this.head.next
            \tthis.head.next.prev = n
            \tthis.head.next = n
            }

            func (this *LRUCache) Get(key int) int {
            \tn, ok := this.nodes[key]
            \tif !ok {
            \t\treturn -1
            \t}
            \tthis.unlink(n)
            \tthis.front(n)
            \treturn n.value
            }

            func (this *LRUCache) Put(key int, value int) {
            \tif n, ok := this.nodes[key]; ok {
            \t\tn.value = value
            \t\tthis.unlink(n)
            \t\tthis.front(n)
            \t\treturn
            \t}
            \tif len(this.nodes) == this.capacity {
            \t\tlast := this.tail.prev
            \t\tthis.unlink(last)
            \t\tdelete(this.nodes, last.key)
            \t}
            \tn := &Node{key: key, value: value}
            \tthis.nodes[key] = n
            \tthis.front(n)
            }
            """;

    private static final String BOX = """
            package main

            type Box struct {
            \tm map[int][]int64
            }

            func Constructor(m map[int][]int64) Box {
            \treturn Box{m}
            }

            func (this *Box) Lists(x []*ListNode) []*ListNode { return x }

            func (this *Box) Trees(x []*TreeNode) []*TreeNode { return x }

            func (this *Box) Graph(g *Node) *Node {
            \tif g == nil {
            \t\treturn nil
            \t}
            \tcopies := map[*Node]*Node{g: &Node{Val: g.Val}}
            \tqueue := []*Node{g}
            \tfor len(queue) > 0 {
            \t\tn := queue[0]
            \t\tqueue = queue[1:]
            \t\tfor _, nb := range n.Neighbors {
            \t\t\tif copies[nb] == nil {
            \t\t\t\tcopies[nb] = &Node{Val: nb.Val}
            \t\t\t\tqueue = append(queue, nb)
            \t\t\t}
            \t\t\tcopies[n].Neighbors = append(copies[n].Neighbors, copies[nb])
            \t\t}
            \t}
            \treturn copies[g]
            }

            func (this *Box) Same(g *Node) *Node { return g }

            func (this *Box) Stored() map[int][]int64 { return this.m }

            func (this *Box) Flags(w map[string]bool) map[string]bool { return w }

            func (this *Box) None() map[string]int { return nil }

            func (this *Box) Cycle(head *ListNode) int {
            \tseen := map[*ListNode]int{}
            \tfor i := 0; head != nil; i++ {
            \t\tif j, ok := seen[head]; ok {
            \t\t\treturn i - j
            \t\t}
            \t\tseen[head] = i
            \t\thead = head.Next
            \t}
            \treturn 0
            }
            """;

    private JudgeFixture fixture;

    @BeforeAll
    void startPool() {
        fixture = new JudgeFixture(new GoHarness());
    }

    @AfterAll
    void closePool() {
        fixture.close();
    }

    private static Problem lru() {
        return design("LRUCache(capacity: int)", List.of("get(key: int) -> int", "put(key: int, value: int) -> void"),
                """
                {"calls": ["LRUCache","put","put","get","put","get","put","get","get","get"],
                 "args": [[2],[1,1],[2,2],[1],[3,3],[2],[4,4],[1],[3],[4]]}""",
                "[null,null,null,1,null,-1,null,-1,3,4]",
                """
                {"calls": ["LRUCache","get"], "args": [[1],[5]]}""", "[null,-1]");
    }

    @Test
    void theStarterIsLeetCodesShape() {
        String starter = LanguageSupports.of("go").designStarter(lru().design());
        assertThat(starter).contains("type LRUCache struct {", "func Constructor(capacity int) LRUCache {",
                "func (this *LRUCache) Get(key int) int {", "func (this *LRUCache) Put(key int, value int) {",
                " * param_1 := obj.Get(key);", " * obj.Put(key, value);");
    }

    @Test
    void anLruCacheWithANodeTypeOfItsOwnIsAccepted() {
        JudgeResult result = fixture.submit(lru(), LRU);
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.passed()).isEqualTo(2);
    }

    @Test
    void aMethodNotCapitalisedIsAClearCompileError() {
        JudgeResult result = fixture.submit(lru(), LRU.replace("func (this *LRUCache) Get(", "func (this *LRUCache) get("));
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.CompilationError.class);
        assertThat(message(result)).contains("no method Get in type LRUCache: keep the method names of the starter "
                + "code (exported, capitalised: Get, not get)");
    }

    @Test
    void aRenamedTypeIsAClearCompileError() {
        JudgeResult result = fixture.submit(lru(), LRU.replace("LRUCache", "Cache"));
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.CompilationError.class);
        assertThat(message(result)).contains("no type LRUCache: keep the type name of the starter code");
    }

    @Test
    void aPanicNamesTheCallItHappenedIn() {
        JudgeResult result = fixture.submit(lru(), LRU.replace("\tn, ok := this.nodes[key]\n\tif !ok {",
                "\tn, ok := this.nodes[key]\n\tif !ok {\n\t\tvar none *Node\n\t\treturn none.value\n\t}\n\tif !ok {"));
        assertThat(result.verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.RuntimeError.class);
        assertThat(message(result)).startsWith("in call 6, get: panic: runtime error: invalid memory address");
    }

    @Test
    void everyTypeGoesInAndComesBackThroughTheMethods() {
        Problem box = design("Box(m: map<int, long[]>)", List.of("lists(x: ListNode[]) -> ListNode[]",
                        "trees(x: TreeNode[]) -> TreeNode[]", "graph(g: GraphNode) -> GraphNode",
                        "same(g: GraphNode) -> GraphNode", "stored() -> map<int, long[]>",
                        "flags(w: map<string, bool>) -> map<string, bool>", "none() -> map<string, int>",
                        "cycle(head: ListNode) -> int"),
                """
                {"calls": ["Box","lists","trees","graph","stored","flags","none","cycle","graph"],
                 "args": [[{"1": [5000000000, -1], "-2": []}], [[[1,2],[],[3]]], [[[1,null,2],[]]], [[[2],[1]]], [],
                          [{"a": true, "b": false}], [], [{"list": [1,2,3], "pos": 0}], [[]]]}""",
                """
                [null, [[1,2],[],[3]], [[1,null,2],[]], [[2],[1]], {"1": [5000000000,-1], "-2": []},
                 {"a": true, "b": false}, {}, 3, []]""",
                """
                {"calls": ["Box","same"], "args": [[{}], [[[2,3],[1],[1]]]]}""", "[null, [[2,3],[1],[1]]]");

        JudgeResult result = fixture.submitRunningEveryTest(box, BOX);

        assertThat(result.tests().get(0).verdict()).as(String.valueOf(result)).isInstanceOf(Verdict.Accepted.class);
        assertThat(result.tests().get(1).verdict()).as(String.valueOf(result)).isEqualTo(new Verdict.WrongAnswer(
                "The returned graph is not a copy: node 1 is one of the given nodes. Build new nodes."));
    }
}
