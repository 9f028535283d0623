// CodeDrill's warm Java compiler (see WarmRuntime): a JVM started ahead of a submission with javac's classes loaded
// and warmed by compiling a harness like the submission's (the files named in its arguments, a name and a content
// each), it waits for the compile's work dir on the fifo, then compiles there in this JVM as the javac command would:
// the same arguments (less the launcher's -J options), the same diagnostics on the compile's stderr, the same exit
// status. It serves one compile; the program then runs in a JVM of its own, as always.
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

public class java_warm {

    private static final Path WARM = Path.of("/tmp/.codedrill-warm");
    /** The options whose value is a path, resolved against the work dir when this JVM was started elsewhere. */
    private static final Set<String> PATH_OPTIONS = Set.of("-d", "-cp", "-classpath", "--class-path", "-sourcepath",
            "-s", "-h");

    public static void main(String[] warmUpFiles) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        warmUp(javac, warmUpFiles);
        Files.createFile(WARM.resolve("ready")); // warmed up: it waits for its compile from now on
        List<String> go = Files.readAllLines(WARM.resolve("go"), StandardCharsets.UTF_8);
        Path dir = Path.of(go.get(0));
        PrintStream err = clientStderr(go.get(1));
        // started in the work dir (the usual case), javac's relative paths, and so its diagnostics, are as they would be
        boolean elsewhere = !dir.equals(Path.of("").toAbsolutePath());
        List<String> args = new ArrayList<>();
        boolean pathValue = false;
        for (String arg : go.subList(3, go.size())) { // after the dir, the client's pid and "javac"
            if (arg.startsWith("-J")) {
                continue;
            }
            boolean path = pathValue || (!arg.startsWith("-") && arg.endsWith(".java"));
            args.add(elsewhere && path ? dir.resolve(arg).toString() : arg);
            pathValue = PATH_OPTIONS.contains(arg);
        }
        int status = javac.run(null, err, err, args.toArray(String[]::new));
        err.flush();
        System.exit(status);
    }

    /** The compile's own stderr when this process may open it (a pipe of the same user), else this process's. */
    private static PrintStream clientStderr(String pid) {
        try {
            return new PrintStream(new FileOutputStream("/proc/" + Integer.parseInt(pid.trim()) + "/fd/2"), true,
                    StandardCharsets.UTF_8);
        } catch (IOException | NumberFormatException e) {
            return System.err;
        }
    }

    /** Compiles the given sources twice (the JIT compiles javac's hot paths), into a folder of this runtime's own. */
    private static void warmUp(JavaCompiler javac, String[] files) throws IOException {
        Path src = WARM.resolve("warm-up");
        Files.createDirectories(src);
        List<String> args = new ArrayList<>(List.of("-encoding", "UTF-8", "-d", src.resolve("classes").toString()));
        for (int i = 0; i + 1 < files.length; i += 2) {
            Path file = src.resolve(files[i]);
            Files.writeString(file, files[i + 1], StandardCharsets.UTF_8);
            args.add(file.toString());
        }
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        for (int round = 0; round < 2; round++) {
            javac.run(null, quiet, quiet, args.toArray(String[]::new));
        }
    }
}
