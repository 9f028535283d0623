package dev.codedrill.lang.java;

import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The warm runtime of a Java run (see {@link dev.codedrill.lang.WarmRuntime}): never run by the app itself, its class
 * file is shipped into a sandbox, where a JVM started ahead of the run with the run's own options (heap, stack,
 * collector) waits in it. Told the run's work dir and command ({@code java OPTIONS -cp CLASSPATH MAIN ARGS...}) on
 * the fifo {@code DIR/go}, it loads MAIN from CLASSPATH in a class loader of its own, over the JDK's classes only (as
 * the application class loader of {@code java -cp CLASSPATH} would see them), and calls its {@code main} in the JVM's
 * main thread, whose stack the launcher made with the run's -Xss: what the command would do, less the JVM's start.
 * The JVM then ends as that command's would: when main and every thread it started are done (status 0), at an uncaught
 * exception (1), or at {@code System.exit}.
 *
 * <p>It uses nothing but the JDK: it runs on the sandbox's JVM without the app's classes.
 */
public final class WarmJvm {

    private WarmJvm() {
    }

    /** usage: WarmJvm DIR (the runtime's folder, holding the fifo go). */
    public static void main(String[] args) throws Throwable {
        Files.createFile(Path.of(args[0], "ready")); // started: it waits for its run from now on
        List<String> go = Files.readAllLines(Path.of(args[0], "go"), StandardCharsets.UTF_8);
        Path work = Path.of(go.get(0));
        String client = go.get(1);
        List<String> command = go.subList(2, go.size());
        int cp = command.indexOf("-cp");
        if (cp < 0 || cp + 2 >= command.size()) {
            System.err.println("codedrill: the warm JVM cannot run " + command);
            System.exit(125);
        }
        if (!work.equals(Path.of("").toAbsolutePath())) {
            // a JVM cannot change its working dir, which the program's relative paths are resolved against
            System.exit(new ProcessBuilder(command).directory(work.toFile()).inheritIO().start().waitFor());
        }
        takeOver(client);
        List<URL> path = new ArrayList<>();
        for (String entry : command.get(cp + 1).split(":")) {
            path.add(work.resolve(entry).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Method main = loader.loadClass(command.get(cp + 2)).getMethod("main", String[].class);
        if (!Modifier.isStatic(main.getModifiers())) {
            System.err.println("Error: the main method is not static in class " + command.get(cp + 2));
            System.exit(1);
        }
        String[] mainArgs = command.subList(cp + 3, command.size()).toArray(String[]::new);
        try {
            main.invoke(null, (Object) mainArgs);
        } catch (InvocationTargetException e) {
            throw e.getCause(); // the main thread's uncaught exception, as the launcher reports it: status 1
        }
    }

    /** The run's stdin and stdout become this JVM's (started with /dev/null for both), where it may open them. */
    private static void takeOver(String client) {
        try {
            int pid = Integer.parseInt(client.trim());
            System.setIn(new FileInputStream("/proc/" + pid + "/fd/0"));
            System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream("/proc/" + pid + "/fd/1"),
                    128), true));
        } catch (FileNotFoundException | NumberFormatException e) {
            // not to be opened here: this JVM keeps its own, /dev/null
        }
    }
}
