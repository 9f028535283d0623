package dev.codedrill.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** Pure highlighting, no toolkit: each language's tokens, and the multi-line constructs that trip regexes. */
class SyntaxHighlighterTest {

    /** "class:text" for every styled span, in order. */
    private static List<String> tokens(String language, String text) {
        StyleSpans<Collection<String>> spans = SyntaxHighlighter.forLanguage(language).highlight(text);
        assertThat(spans.length()).as("spans cover the text").isEqualTo(text.length());
        List<String> out = new ArrayList<>();
        int pos = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().isEmpty()) {
                out.add(String.join(",", span.getStyle()) + ":" + text.substring(pos, pos + span.getLength()));
            }
            pos += span.getLength();
        }
        return out;
    }

    @Test
    void pythonKeywordsStringsCommentsNumbersAndDecorators() {
        String code = """
                @cache
                def two_sum(self, nums: list[int], target: int) -> List[int]:
                    seen = {}  # value -> index
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
                    return f"none {target}" + 'x' + str(3.5e-2)
                """;
        assertThat(tokens("python", code)).containsSubsequence(
                "annotation:@cache", "keyword:def", "keyword:self", "type:list", "type:int", "type:int",
                "type:List", "type:int", "comment:# value -> index", "keyword:for", "keyword:in",
                "keyword:if", "keyword:in", "keyword:return", "keyword:return", "string:f\"none {target}\"",
                "string:'x'", "type:str", "number:3.5e-2");
        assertThat(tokens("python", code)).doesNotContain("keyword:enumerate", "keyword:seen");
    }

    @Test
    void pythonTripleQuotedStringsSpanLinesAndHideWhatIsInside() {
        String code = "x = '''first\nreturn 1 # not a comment\n''' + \"\"\"a \"quoted\" word\"\"\"\nreturn 2\n";
        assertThat(tokens("python", code)).containsExactly(
                "string:'''first\nreturn 1 # not a comment\n'''",
                "string:\"\"\"a \"quoted\" word\"\"\"",
                "keyword:return", "number:2");
    }

    @Test
    void anUnterminatedTripleQuoteRunsToTheEnd() {
        assertThat(tokens("python", "s = \"\"\"doc\ndef f(): pass\n"))
                .containsExactly("string:\"\"\"doc\ndef f(): pass\n");
    }

    @Test
    void javaScriptTemplateLiteralsBlockCommentsAndRegexLiterals() {
        String code = """
                /* multi
                   line */ const msg = `sum ${a + b}
                is here`;
                let r = /ab+c\\//g, half = total / 2 / 1;
                function f(n) { return n ?? null; } // done
                """;
        assertThat(tokens("javascript", code)).containsExactly(
                "comment:/* multi\n   line */", "keyword:const", "string:`sum ${a + b}\nis here`",
                "keyword:let", "string:/ab+c\\//g", "number:2", "number:1", "keyword:function", "keyword:return",
                "keyword:null", "comment:// done");
    }

    @Test
    void javaAnnotationsTypesTextBlocksAndCharLiterals() {
        String code = """
                @Override
                public int[] twoSum(int[] nums, int target) {
                    Map<Integer, Integer> seen = new HashMap<>(); // MAX_N stays plain
                    char c = '\\n';
                    String s = \"""
                        a "text" block
                        \""";
                    long big = 10_000_000L;
                    return null;
                }
                """;
        assertThat(tokens("java", code)).containsExactly(
                "annotation:@Override", "keyword:public", "type:int", "type:int", "type:int", "type:Map",
                "type:Integer", "type:Integer", "keyword:new", "type:HashMap", "comment:// MAX_N stays plain",
                "type:char", "string:'\\n'", "type:String",
                "string:\"\"\"\n        a \"text\" block\n        \"\"\"",
                "type:long", "number:10_000_000L", "keyword:return", "keyword:null");
    }

    @Test
    void cppPreprocessorDirectivesRawStringsAndDigitSeparators() {
        String code = """
                #include <bits/stdc++.h>
                #include "local.h"
                using namespace std;
                int main() {
                    vector<long long> v{1'000'000, 0x1F};
                    auto s = R"(no // comment)";
                    /* block */ return 0;
                }
                """;
        assertThat(tokens("cpp", code)).containsExactly(
                "preprocessor:#include <bits/stdc++.h>", "preprocessor:#include", "string:\"local.h\"",
                "keyword:using", "keyword:namespace", "type:int", "type:vector", "type:long", "type:long",
                "number:1'000'000", "number:0x1F", "type:auto", "string:R\"(no // comment)\"",
                "comment:/* block */", "keyword:return", "number:0");
    }

    @Test
    void goRawStringsSpanLinesAndExportedNamesAreNotTypes() {
        String code = "package main\n\nfunc main() {\n\ts := `raw\nline // kept`\n\tfmt.Println(s, 'x', 42)\n}\n";
        assertThat(tokens("go", code)).containsExactly(
                "keyword:package", "keyword:func", "string:`raw\nline // kept`", "string:'x'", "number:42");
    }

    @Test
    void goTypesAndKeywords() {
        assertThat(tokens("go", "var m map[string]int = nil // c"))
                .containsExactly("keyword:var", "keyword:map", "type:string", "type:int", "keyword:nil", "comment:// c");
    }

    @Test
    void phpTagsVariablesHeredocsAndBothCommentStyles() {
        String code = """
                <?php
                #[Pure]
                function twoSum(array $nums, int $target): array {
                    $function = 1; # a hash comment
                    $text = <<<EOT
                  return "not code";
                  EOT;
                    return [$this, NULL, 'x'];
                }
                ?>
                """;
        assertThat(tokens("php", code)).containsExactly(
                "preprocessor:<?php", "annotation:#[Pure]", "keyword:function", "keyword:array", "type:int",
                "keyword:array", "number:1", "comment:# a hash comment",
                "string:<<<EOT\n  return \"not code\";\n  EOT", "keyword:return", "keyword:$this", "keyword:NULL",
                "string:'x'", "preprocessor:?>");
    }

    @Test
    void unknownLanguagesAndEmptyTextAreOneUnstyledSpan() {
        StyleSpans<Collection<String>> spans = SyntaxHighlighter.forLanguage("cobol").highlight("MOVE 1 TO X.");
        assertThat(spans.getSpanCount()).isEqualTo(1);
        assertThat(spans.getStyleSpan(0).getStyle()).isEmpty();
        assertThat(SyntaxHighlighter.forLanguage(null).highlight("").length()).isZero();
        assertThat(SyntaxHighlighter.forLanguage("python").highlight("").length()).isZero();
    }

    @Test
    void unterminatedStringsStopAtTheEndOfTheLine() {
        assertThat(tokens("java", "String s = \"open\nint x;")).containsExactly(
                "type:String", "string:\"open", "type:int");
    }

    @Test
    void longLiteralsAndLargeFilesAreQuickAndDoNotOverflowTheStack() {
        String longString = "s = \"" + "a\\\"b".repeat(200_000) + "\"\n";
        String bigFile = "def f(x):\n    return x + 1  # c\n".repeat(20_000);
        long start = System.nanoTime();
        assertThat(tokens("python", longString)).hasSize(1);
        assertThat(SyntaxHighlighter.forLanguage("python").highlight(bigFile).length()).isEqualTo(bigFile.length());
        String block = "/*" + "x\n".repeat(200_000) + "*/ int y;";
        assertThat(tokens("cpp", block)).hasSize(2);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(3_000);
    }
}
