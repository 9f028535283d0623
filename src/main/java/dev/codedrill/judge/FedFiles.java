package dev.codedrill.judge;

import dev.codedrill.docker.Tar;
import dev.codedrill.pool.SandboxFactory;
import dev.codedrill.pool.TarCopy;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How a step's files reach the prepared exec that is fed its script ({@link BorrowedSandbox#script}): what the exec
 * reads is the script, then {@code after}.
 *
 * <p>Text files (UTF-8, no NUL byte) whose names are plain relative paths are written by the script itself, with the
 * shell's {@code printf} (a builtin) and one {@code mkdir -p} for the scripts' folder ({@link RunScript#DIR}) and the
 * files' folders, as long as the script stays within {@code limit} bytes. The others come as a tar after the script,
 * which unpacks it from its stdin with {@code head -c SIZE | tar -x}: two processes more on the run's path (GNU tar's
 * start alone is ~6 ms in a sandbox of one CPU; a prepared exec fed two-sum's files took 26–31 ms with them and 17–19
 * without, in a loop in a runner container).
 *
 * <p>Either way a file arrives byte for byte, owned by the sandbox user; its mode is 0644 (every script the judge
 * ships is run with {@code sh NAME}, never executed itself).
 */
record FedFiles(String script, byte[] after) {

    /** A relative path of plain names: no leading slash, no empty, "." or ".." part, nothing the shell would need. */
    private static final Pattern PLAIN_PATH = Pattern.compile("(?!\\.{1,2}(/|$))[A-Za-z0-9_.-]+"
            + "(/(?!\\.{1,2}(/|$))[A-Za-z0-9_.-]+)*");
    private static final String WRITE_FAILED = TarCopy.orFail("could not write the run files");

    /**
     * {@code script} with {@code files} put in the work dir before it; after them nothing else reads the exec's stdin
     * (the rest of the script and what it starts get none).
     */
    static FedFiles of(Map<String, byte[]> files, String script, int limit) {
        String rest = "exec < /dev/null\n" + script;
        if (files.isEmpty()) {
            return new FedFiles(rest, new byte[0]);
        }
        String writer = writer(files);
        if (writer != null && (writer + rest).getBytes(StandardCharsets.UTF_8).length <= limit) {
            return new FedFiles(writer + rest, new byte[0]);
        }
        byte[] tar = tar(files);
        return new FedFiles(TarCopy.unpack("head -c " + tar.length) + rest, tar);
    }

    /** Whether the files were written by the script (else they follow it as a tar). */
    boolean written() {
        return after.length == 0;
    }

    /** The files, and the scripts' own folder, which they then need not make. */
    static byte[] tar(Map<String, byte[]> files) {
        Tar tar = Tar.ownedBy(SandboxFactory.UID).directory(RunScript.DIR);
        files.forEach((name, content) -> tar.file(name, content, 0644));
        return tar.toBytes();
    }

    /** The shell that writes the files, or null when one of them cannot be written that way. */
    private static String writer(Map<String, byte[]> files) {
        TreeSet<String> folders = new TreeSet<>(List.of(RunScript.DIR));
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            String text = text(file.getValue());
            if (text == null || !PLAIN_PATH.matcher(name).matches()) {
                return null;
            }
            int slash = name.lastIndexOf('/');
            if (slash > 0) {
                folders.add(name.substring(0, slash));
            }
            s.append("printf '%s' ").append(Shell.quote(List.of(text))).append(" > ").append(Shell.quote(List.of(name)))
                    .append(WRITE_FAILED);
        }
        return "mkdir -p -- " + Shell.quote(List.copyOf(folders)) + WRITE_FAILED + s;
    }

    /** The content as text when it is UTF-8 with no NUL byte (which a shell's word cannot hold), else null. */
    private static String text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
