// CodeDrill harness for Java function and design problems: reads input.txt, calls the user's method (a function
// problem) or replays the calls on the user's class (a design problem) for each test, by reflection, so that a
// misnamed method gets a clear message instead of a compile error in this file; writes one JSON line per test to
// results.jsonl, flushed per test. Generated; do not edit.
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

public class Main {
    static final int STDOUT_CAP = {{STDOUT_CAP}};
    static final int NODE_LIMIT = 1_000_000;
    static final long STACK_BYTES = {{STACK_MB}}L * 1024 * 1024;

    // ---------------------------------------------------------------- input tokens
    static byte[] in;
    static int pos;

    static String tok() {
        while (pos < in.length && in[pos] <= ' ') {
            pos++;
        }
        int start = pos;
        while (pos < in.length && in[pos] > ' ') {
            pos++;
        }
        if (start == pos) {
            throw new IllegalStateException("input.txt ended early");
        }
        return new String(in, start, pos - start, StandardCharsets.US_ASCII);
    }

    static long rNum() {
        while (pos < in.length && in[pos] <= ' ') {
            pos++;
        }
        boolean negative = false;
        if (pos < in.length && in[pos] == '-') {
            negative = true;
            pos++;
        }
        long v = 0;
        while (pos < in.length && in[pos] > ' ') {
            v = v * 10 + (in[pos++] - '0');
        }
        return negative ? -v : v;
    }

    static int rInt() { return (int) rNum(); }
    static long rLong() { return rNum(); }
    static double rDouble() { return Double.parseDouble(tok()); }
    static boolean rBool() { return tok().equals("1"); }
    /** A char: its character code (printable ASCII). */
    static char rChar() { return (char) rNum(); }

    static String rString() {
        String t = tok();
        byte[] bytes = new byte[(t.length() - 1) / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(t.substring(1 + 2 * i, 3 + 2 * i), 16);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static int[] rIntArr() { int[] a = new int[rInt()]; for (int i = 0; i < a.length; i++) a[i] = rInt(); return a; }
    static long[] rLongArr() { long[] a = new long[rInt()]; for (int i = 0; i < a.length; i++) a[i] = rLong(); return a; }
    static double[] rDoubleArr() { double[] a = new double[rInt()]; for (int i = 0; i < a.length; i++) a[i] = rDouble(); return a; }
    static boolean[] rBoolArr() { boolean[] a = new boolean[rInt()]; for (int i = 0; i < a.length; i++) a[i] = rBool(); return a; }
    static char[] rCharArr() { char[] a = new char[rInt()]; for (int i = 0; i < a.length; i++) a[i] = rChar(); return a; }
    static String[] rStringArr() { String[] a = new String[rInt()]; for (int i = 0; i < a.length; i++) a[i] = rString(); return a; }
    static int[][] rIntArrArr() { int[][] a = new int[rInt()][]; for (int i = 0; i < a.length; i++) a[i] = rIntArr(); return a; }
    static long[][] rLongArrArr() { long[][] a = new long[rInt()][]; for (int i = 0; i < a.length; i++) a[i] = rLongArr(); return a; }
    static double[][] rDoubleArrArr() { double[][] a = new double[rInt()][]; for (int i = 0; i < a.length; i++) a[i] = rDoubleArr(); return a; }
    static boolean[][] rBoolArrArr() { boolean[][] a = new boolean[rInt()][]; for (int i = 0; i < a.length; i++) a[i] = rBoolArr(); return a; }
    static char[][] rCharArrArr() { char[][] a = new char[rInt()][]; for (int i = 0; i < a.length; i++) a[i] = rCharArr(); return a; }
    static String[][] rStringArrArr() { String[][] a = new String[rInt()][]; for (int i = 0; i < a.length; i++) a[i] = rStringArr(); return a; }

    /** A list: its length, its values, then the index of the node the tail links to (a cycle), -1 for none. */
    static ListNode rList() {
        int n = rInt();
        ListNode[] nodes = new ListNode[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = new ListNode(rInt());
            if (i > 0) {
                nodes[i - 1].next = nodes[i];
            }
        }
        int cycle = rInt();
        if (cycle >= 0 && cycle < n) {
            nodes[n - 1].next = nodes[cycle];
        }
        return n == 0 ? null : nodes[0];
    }

    static ListNode[] rListArr() { ListNode[] a = new ListNode[rInt()]; for (int i = 0; i < a.length; i++) a[i] = rList(); return a; }

    static TreeNode rTree() {
        int n = rInt();
        Integer[] vals = new Integer[n];
        for (int i = 0; i < n; i++) {
            String t = tok();
            vals[i] = t.equals("n") ? null : Integer.valueOf(t);
        }
        if (n == 0 || vals[0] == null) {
            return null;
        }
        TreeNode root = new TreeNode(vals[0]);
        ArrayDeque<TreeNode> queue = new ArrayDeque<>();
        queue.add(root);
        int i = 1;
        while (!queue.isEmpty() && i < n) {
            TreeNode node = queue.poll();
            if (i < n && vals[i] != null) {
                node.left = new TreeNode(vals[i]);
                queue.add(node.left);
            }
            i++;
            if (i < n && vals[i] != null) {
                node.right = new TreeNode(vals[i]);
                queue.add(node.right);
            }
            i++;
        }
        return root;
    }

    static TreeNode[] rTreeArr() { TreeNode[] a = new TreeNode[rInt()]; for (int i = 0; i < a.length; i++) a[i] = rTree(); return a; }

    /** A map: its number of entries, then each key and value (a HashMap, its values boxed). */
    static <K, V> HashMap<K, V> rMap(Supplier<K> key, Supplier<V> value) {
        int n = rInt();
        HashMap<K, V> map = new HashMap<>();
        for (int i = 0; i < n; i++) {
            K k = key.get();
            map.put(k, value.get());
        }
        return map;
    }

    // ---------------------------------------------------------------- JSON out
    static void w(StringBuilder sb, int v) { sb.append(v); }
    static void w(StringBuilder sb, long v) { sb.append(v); }
    static void w(StringBuilder sb, boolean v) { sb.append(v); }

    static void w(StringBuilder sb, double v) {
        if (Double.isNaN(v)) {
            sb.append("NaN");
        } else if (Double.isInfinite(v)) {
            sb.append(v > 0 ? "Infinity" : "-Infinity");
        } else {
            sb.append(Double.toString(v));
        }
    }

    static void w(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** A char as a JSON string of one character (whatever the code holds: a char out of range is a wrong answer). */
    static void w(StringBuilder sb, char c) { w(sb, String.valueOf(c)); }

    static void w(StringBuilder sb, int[] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, long[] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, double[] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, boolean[] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, String[] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, char[] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, int[][] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, long[][] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, double[][] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, boolean[][] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, String[][] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, char[][] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, ListNode node) {
        sb.append('[');
        int count = 0;
        while (node != null) {
            if (++count > NODE_LIMIT) {
                throw new IllegalStateException("the returned list has more than 10^6 nodes (a cycle?)");
            }
            if (count > 1) sb.append(',');
            sb.append(node.val);
            node = node.next;
        }
        sb.append(']');
    }

    static void w(StringBuilder sb, TreeNode root) {
        List<TreeNode> queue = new ArrayList<>();
        queue.add(root);
        for (int i = 0; i < queue.size(); i++) {
            TreeNode node = queue.get(i);
            if (queue.size() > 2 * NODE_LIMIT) {
                throw new IllegalStateException("the returned tree has more than 10^6 nodes (a cycle?)");
            }
            if (node != null) {
                queue.add(node.left);
                queue.add(node.right);
            }
        }
        int end = queue.size();
        while (end > 0 && queue.get(end - 1) == null) {
            end--;
        }
        sb.append('[');
        for (int i = 0; i < end; i++) {
            if (i > 0) sb.append(',');
            TreeNode node = queue.get(i);
            if (node == null) sb.append("null"); else sb.append(node.val);
        }
        sb.append(']');
    }

    static void w(StringBuilder sb, ListNode[] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    static void w(StringBuilder sb, TreeNode[] a) {
        if (a == null) { sb.append("null"); return; }
        sb.append('[');
        for (int i = 0; i < a.length; i++) { if (i > 0) sb.append(','); w(sb, a[i]); }
        sb.append(']');
    }

    /** A map as a JSON object ({} when empty), its keys as strings; any Map the code returns. */
    static void wMap(StringBuilder sb, Map<?, ?> map) {
        if (map == null) { sb.append("null"); return; }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!first) sb.append(',');
            first = false;
            w(sb, String.valueOf(e.getKey()));
            sb.append(':');
            wAny(sb, e.getValue());
        }
        sb.append('}');
    }

    /**
     * A map's value or a nullable result, whatever it is boxed as: null, a number, a boolean, a string, a char, an
     * array or a collection of them.
     */
    static void wAny(StringBuilder sb, Object v) {
        if (v == null) sb.append("null");
        else if (v instanceof Double || v instanceof Float) w(sb, ((Number) v).doubleValue());
        else if (v instanceof Number) sb.append(((Number) v).longValue());
        else if (v instanceof Boolean b) w(sb, b.booleanValue());
        else if (v instanceof String s) w(sb, s);
        else if (v instanceof Character c) w(sb, c.charValue());
        else if (v instanceof int[] a) w(sb, a);
        else if (v instanceof long[] a) w(sb, a);
        else if (v instanceof double[] a) w(sb, a);
        else if (v instanceof boolean[] a) w(sb, a);
        else if (v instanceof char[] a) w(sb, a);
        else if (v instanceof String[] a) w(sb, a);
        else if (v instanceof Object[] a) wAny(sb, java.util.Arrays.asList(a));
        else if (v instanceof Collection<?> c) {
            sb.append('[');
            boolean first = true;
            for (Object e : c) { if (!first) sb.append(','); first = false; wAny(sb, e); }
            sb.append(']');
        } else {
            throw new IllegalStateException("a map's value cannot be a " + v.getClass().getName());
        }
    }
{{GRAPH}}
    // ---------------------------------------------------------------- prints of one test
    /** Thrown into the user's code by its prints once they pass the cap (an Error, which PrintStream lets through). */
    static final class OutputFlood extends Error {
        OutputFlood() {
            super("output limit exceeded", null, false, false);
        }
    }

    static final class CappedOut extends OutputStream {
        final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long size;

        @Override
        public void write(int b) {
            if (size < STDOUT_CAP) kept.write(b);
            size++;
            stopPastTheCap();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size < STDOUT_CAP) kept.write(b, off, (int) Math.min(len, STDOUT_CAP - size));
            size += len;
            stopPastTheCap();
        }

        void stopPastTheCap() {
            if (size > STDOUT_CAP) {
                throw new OutputFlood();
            }
        }

        boolean flooded() { return size > STDOUT_CAP; }

        String text() { return kept.toString(StandardCharsets.UTF_8); }
    }

    // ---------------------------------------------------------------- running
    static FileOutputStream results;
    /** Why the value is wrong whatever was expected (a graph that is not a copy), null when it is not; per test. */
    static String wrong;
    /** The nodes the harness built for the test's input (a returned graph must not reach them). */
    static final Set<Object> given = Collections.newSetFromMap(new IdentityHashMap<>());

    static void line(StringBuilder sb) throws IOException {
        sb.append('\n');
        results.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        results.flush();
    }

    static void loadError(String message) throws IOException {
        StringBuilder sb = new StringBuilder("{\"i\": -1, \"status\": \"error\", \"error\": ");
        w(sb, message);
        line(sb.append('}'));
    }

    static String errorText(Throwable e) {
        String where = "";
        for (StackTraceElement f : e.getStackTrace()) {
            if ("Solution.java".equals(f.getFileName())) {
                where = " (Solution.java, line " + f.getLineNumber() + ")";
                break;
            }
        }
        return e + where;
    }


    /**
     * Whether a parameter declared as {@code actual} takes what the harness passes for {@code wanted}, the type's
     * name as reflection writes it ({@code int[]}, {@code java.lang.String},
     * {@code java.util.Map<java.lang.String, java.lang.Integer>}): the same type, or for a map any type a HashMap is
     * (Map, HashMap, AbstractMap) with the same keys and values.
     */
    static boolean fits(Type actual, String wanted) {
        String name = actual.getTypeName().replace(" ", "");
        String w = wanted.replace(" ", "");
        if (name.equals(w)) {
            return true;
        }
        return w.startsWith("java.util.Map<") && actual instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw && raw.isAssignableFrom(HashMap.class)
                && name.substring(name.indexOf('<')).equals(w.substring(w.indexOf('<')));
    }

    static boolean fits(Type[] actual, String[] wanted) {
        if (actual.length != wanted.length) {
            return false;
        }
        for (int i = 0; i < wanted.length; i++) {
            if (!fits(actual[i], wanted[i])) {
                return false;
            }
        }
        return true;
    }

    /** The status and the error of a test whose call threw {@code cause} ({@code call}: which call, or ""). */
    static void failed(StringBuilder sb, Throwable cause, CappedOut captured, String call) {
        if (cause instanceof OutputFlood || captured.flooded()) {
            sb.append(", \"status\": \"flood\", \"error\": ");
            w(sb, "output limit exceeded");
        } else if (cause instanceof OutOfMemoryError) {
            sb.append(", \"status\": \"memory\", \"error\": ");
            w(sb, cause.toString());
        } else {
            sb.append(", \"status\": \"error\", \"error\": ");
            w(sb, call + errorText(cause));
        }
    }

    /** The end of a test's line: its time, its prints; then the line is written. */
    static void finish(StringBuilder sb, long start, CappedOut captured, PrintStream realOut) throws IOException {
        double ms = (System.nanoTime() - start) / 1e6;
        System.setOut(realOut); // the test's stream is dropped unflushed: it may hold prints past the cap
        sb.append(", \"ms\": ").append(ms).append(", \"stdout\": ");
        w(sb, captured.text());
        sb.append(", \"flooded\": ").append(captured.flooded()).append('}');
        line(sb);
    }

{{KIND}}
    public static void main(String[] argv) throws Exception {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                run();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "main", STACK_BYTES);
        t.start();
        t.join();
        if (failure[0] != null) {
            failure[0].printStackTrace();
            Runtime.getRuntime().halt(1);
        }
        Runtime.getRuntime().halt(0);
    }
}
