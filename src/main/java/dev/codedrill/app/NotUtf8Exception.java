package dev.codedrill.app;

import dev.codedrill.failure.PlainMessage;
import java.io.IOException;

/**
 * A source file that is not UTF-8 text, and where: the line and column (1-based, the column counting characters) of
 * its first byte that is not, and that byte's value. The code is refused rather than judged with the byte replaced.
 */
public final class NotUtf8Exception extends IOException implements PlainMessage {

    private final String file;
    private final int line;
    private final int column;
    private final int badByte;

    public NotUtf8Exception(String file, int line, int column, int badByte) {
        super(file + ": line " + line + ", column " + column + " has a byte (" + hex(badByte)
                + ") that is not UTF-8 text. Save the file as UTF-8 and try again.");
        this.file = file;
        this.line = line;
        this.column = column;
        this.badByte = badByte;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The first byte that is not UTF-8 text, 0–255. */
    public int badByte() {
        return badByte;
    }

    static String hex(int value) {
        return String.format("0x%02X", value & 0xFF);
    }
}
