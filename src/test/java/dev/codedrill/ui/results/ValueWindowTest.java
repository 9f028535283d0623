package dev.codedrill.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueWindowTest {

    @Test
    void rowsAreTheKeptLinesWithLongOnesInPiecesThenTheLineSayingWhatWasCut() {
        String value = "a\n" + "b".repeat(ValueWindow.ROW_CHARS + 5) + "\n\nc" + "\n… 77 more bytes";
        assertThat(ValueWindow.rows(value)).containsExactly("a", "b".repeat(ValueWindow.ROW_CHARS), "bbbbb", "", "c",
                "… 77 more bytes");
    }
}
