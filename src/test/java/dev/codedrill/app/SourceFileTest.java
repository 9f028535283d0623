package dev.codedrill.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {

    @TempDir
    Path dir;

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private NotUtf8Exception refusal(byte[] content) throws IOException {
        Path file = dir.resolve("solution.py");
        Files.write(file, content);
        try {
            SourceFile.read(file);
        } catch (NotUtf8Exception e) {
            return e;
        }
        throw new AssertionError("read a file that is not UTF-8 text");
    }

    @Test
    void utf8TextIsReadExactlyAsItIs() throws IOException {
        String code = "def f():\r\n    return 'héllo ✓ 𝄞'\n\tpass\n";
        Path file = dir.resolve("ok.py");
        Files.writeString(file, code, StandardCharsets.UTF_8);

        assertThat(SourceFile.read(file)).isEqualTo(code);
    }

    @Test
    void aBadByteOnTheFirstLineIsRefusedWithItsPlaceAndValue() throws IOException {
        NotUtf8Exception e = refusal(bytes("print(", 0xFF, ")\n"));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.badByte()).isEqualTo(0xFF);
        assertThat(e.getMessage()).isEqualTo(dir.resolve("solution.py")
                + ": line 1, column 7 has a byte (0xFF) that is not UTF-8 text. Save the file as UTF-8 and try again.");
    }

    @Test
    void theColumnCountsCharactersNotBytesAfterAMultiByteCharacter() throws IOException {
        // line 3: "s = 'é" is 6 characters (7 bytes), so the bad byte is column 7
        NotUtf8Exception e = refusal(bytes("a = 1\nb = 2\ns = 'é", 0xFF, "'\n"));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.getMessage()).contains("line 3, column 7 has a byte (0xFF)");
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsOneColumn() throws IOException {
        // "x = '𝄞" is 6 characters (7 UTF-16 chars, 9 bytes), so the bad byte is column 7
        NotUtf8Exception e = refusal(bytes("x = '𝄞", 0xFE, "'"));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.badByte()).isEqualTo(0xFE);
    }

    @Test
    void windowsLineEndingsCountOneLineEach() throws IOException {
        NotUtf8Exception e = refusal(bytes("a\r\nb\r\n", 0x80));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.badByte()).isEqualTo(0x80);
    }

    @Test
    void aMultiByteSequenceCutShortByTheEndOfTheFileIsRefused() throws IOException {
        // the first two bytes of "€" (E2 82 AC), then the end of the file
        NotUtf8Exception e = refusal(bytes("x = 1\ny = '", 0xE2, 0x82));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.badByte()).isEqualTo(0xE2);
    }

    @Test
    void anOverlongEncodingIsRefused() throws IOException {
        // C0 AF is an overlong "/", which a lenient decoder might turn into a path separator
        NotUtf8Exception e = refusal(bytes("p = '.", 0xC0, 0xAF, "'"));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.badByte()).isEqualTo(0xC0);
    }

    @Test
    void aLoneSurrogateEncodedInUtf8IsRefused() throws IOException {
        // ED A0 80 would be U+D800, a surrogate, which UTF-8 may not encode
        NotUtf8Exception e = refusal(bytes("ok\ns = '", 0xED, 0xA0, 0x80, "'"));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.badByte()).isEqualTo(0xED);
    }

    @Test
    void aMissingFileIsNotMistakenForBadText() {
        assertThatThrownBy(() -> SourceFile.read(dir.resolve("gone.py"))).isInstanceOf(NoSuchFileException.class);
    }
}
