package dev.codedrill.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a source file to be judged, exactly: strict UTF-8, refusing a file with a byte that is not UTF-8 text
 * ({@link NotUtf8Exception}) instead of judging code in which that byte became U+FFFD. A learner's code is never
 * changed on the way to the judge.
 */
public final class SourceFile {

    private SourceFile() {
    }

    /**
     * The file's text.
     *
     * @throws NotUtf8Exception when a byte of it is not UTF-8 text (an overlong form, an encoded surrogate and a
     *                          sequence cut short by the end of the file count as such)
     * @throws IOException      when it cannot be read
     */
    public static String read(Path file) throws IOException {
        return decode(file.toString(), Files.readAllBytes(file));
    }

    /** The bytes as UTF-8 text; {@code name} is what a refusal calls the file. */
    public static String decode(String name, byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never has fewer bytes than UTF-16 chars
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            throw refusal(name, out, bytes[in.position()]);
        }
        out.flip();
        return out.toString();
    }

    /** Where the bad byte is: the line and column after the text decoded before it. */
    private static NotUtf8Exception refusal(String name, CharSequence before, byte bad) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) { // a character beyond U+FFFF is one column, not two
                column++;
            }
        }
        return new NotUtf8Exception(name, line, column, bad & 0xFF);
    }
}
