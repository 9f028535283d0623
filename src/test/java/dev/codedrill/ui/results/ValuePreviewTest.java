package dev.codedrill.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuePreviewTest {

    @Test
    void aShortValueIsShownWhole() {
        assertThat(ValuePreview.of("1 2\n3 4\n")).isEqualTo(new ValuePreview("1 2\n3 4\n", true));
        assertThat(ValuePreview.of(null)).isEqualTo(new ValuePreview("", true));
        String fifty = "line\n".repeat(ValuePreview.VALUE_LINES);
        assertThat(ValuePreview.of(fifty).complete()).isTrue();
    }

    @Test
    void aLongValueShowsItsFirstLinesAndHowManyBytesMore() {
        String value = "line\n".repeat(1000);
        assertThat(ValuePreview.of(value)).isEqualTo(new ValuePreview("line\n".repeat(50) + "… " + (950 * 5)
                + " more bytes", false));
    }

    @Test
    void aLongLineIsCutAtTheCharacterBound() {
        String value = "é".repeat(ValuePreview.VALUE_CHARS + 10);
        assertThat(ValuePreview.of(value).text()).isEqualTo("é".repeat(ValuePreview.VALUE_CHARS) + "\n… 20 more bytes");
    }

    @Test
    void theBytesTheJudgeCutAreCountedToo() {
        String fromTheJudge = "7\n".repeat(32 * 1024) + "\n… 1000 more bytes";
        assertThat(ValuePreview.of(fromTheJudge).text())
                .isEqualTo("7\n".repeat(50) + "… " + (64 * 1024 - 100 + 1000) + " more bytes");
    }

    @Test
    void toolOutputHasItsOwnBounds() {
        String output = "error\n".repeat(150);
        assertThat(ValuePreview.of(output, ValuePreview.TOOL_LINES, ValuePreview.TOOL_CHARS).text())
                .isEqualTo("error\n".repeat(100) + "… 300 more bytes");
    }
}
