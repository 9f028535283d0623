package dev.codedrill.pool;

import dev.codedrill.lang.Language;
import dev.codedrill.lang.harness.Templates;
import java.util.List;

/**
 * The shell scripts that prepare and clean a sandbox. Each runs in one exec (an exec costs ~50 ms) as the sandbox
 * user, except {@link #seal} (as {@link SandboxFactory#KEEPER_UID}), uses only POSIX sh, find and /proc (images may
 * lack procps) — and, in a container with a primed cache, GNU find, sort, comm, cut and xargs (the images are Debian's
 * or Ubuntu's) — and prints {@code clean} only when it checked that it worked.
 */
final class SandboxScripts {

    static final String CLEAN = "clean";
    /**
     * The record of a primed cache: a directory owned by the keeper, mode 555, holding the manifest of what the init
     * tasks left. /cache is sticky, so the sandbox user can neither move, remove nor change it (nor hard-link it: it is
     * a directory).
     */
    static final String PRIMED_MARKER = SandboxFactory.CACHE_DIR + "/.primed";
    static final String MANIFEST = PRIMED_MARKER + "/manifest";

    /**
     * {@code cache_entries} lists the cache (the marker aside), one NUL-terminated line per entry, sorted: a directory
     * by its inode, mode and path, anything else also by its ctime — which only the kernel sets (a run can set a
     * file's mtime with touch -d, never its ctime), and which changes with every write, chmod, rename or link.
     * {@code unprimed} lists what the manifest does not hold: what a run made, or changed, moved or back-dated.
     */
    private static final String CACHE_ENTRIES = """
            m=%1$s
            cache_entries() {
              LC_ALL=C find %2$s -mindepth 1 -path "$m" -prune -o -type d -printf 'd %%i %%m 0 %%p\\0' \\
                -o -printf 'f %%i %%m %%C@ %%p\\0' | LC_ALL=C sort -z
            }
            unprimed() {
              cache_entries | LC_ALL=C comm -z -13 %3$s -
            }
            """.formatted(PRIMED_MARKER, SandboxFactory.CACHE_DIR, MANIFEST);

    /** Kills the sandbox user's processes until none is left (the /proc reading is the judge's, one for all). */
    private static final String STOP_ALL = Templates.resource("sandbox_processes.sh") + """
            me=$$
            stop_all() {
              i=0
              kill -9 -1 2>/dev/null
              others_of %1$s " $me "
              while [ -n "$_others" ]; do
                i=$((i + 1))
                if [ "$i" -gt 60 ]; then echo "processes of the sandbox user survive kill -9" >&2; exit 5; fi
                kill -9 -1 2>/dev/null
                sleep 0.05
                others_of %1$s " $me "
              done
            }
            """;

    private SandboxScripts() {
    }

    /**
     * Kills every process of the sandbox user (kill(-1) spares only this shell and PID 1, which is root's), runs the
     * language's teardown tasks, wipes the work dir, /tmp, /dev/shm, the POSIX message queues in /dev/mqueue, the
     * cache (all of it, or in a primed container all that the manifest does not hold) and the user's System V IPC
     * objects, then checks that no process, no file, no queue and no IPC object is left.
     */
    static String reset(Language language, boolean primed) {
        StringBuilder s = new StringBuilder(STOP_ALL.formatted(SandboxFactory.UID));
        s.append("stop_all\n");
        appendTasks(s, "teardown", language.teardown());
        s.append("stop_all\n");
        String dirs = SandboxFactory.WORK_DIR + " /tmp /dev/shm /dev/mqueue";
        if (!primed) {
            dirs = dirs + " " + SandboxFactory.CACHE_DIR;
        }
        // Those the runtime has (gVisor has no /dev/mqueue); each is a mount point, which a run cannot remove.
        s.append("dirs=; for d in ").append(dirs).append("; do [ -d \"$d\" ] && dirs=\"$dirs $d\"; done\n");
        dirs = "$dirs";
        // A run may have taken its own permissions away from what it made; as owner it can give them back.
        s.append("chmod -R u+rwX ").append(dirs).append(" 2>/dev/null\n");
        s.append("find ").append(dirs).append(" -mindepth 1 -delete 2>/dev/null\n");
        if (primed) {
            appendPrimedCacheReset(s);
        }
        // System V IPC lives in the container's IPC namespace, not in a directory: remove the user's objects too.
        s.append("command -v ipcrm >/dev/null 2>&1 && ipcrm --all 2>/dev/null\n");
        s.append("for f in /proc/sysvipc/shm /proc/sysvipc/msg /proc/sysvipc/sem; do\n")
                .append("  [ ! -r \"$f\" ] || [ \"$(wc -l < \"$f\")\" -le 1 ] || { echo \"IPC objects left in $f\" >&2; exit 4; }\n")
                .append("done\n");
        s.append("left=$(find ").append(dirs).append(" -mindepth 1 -print 2>&1 | head -n 5)\n");
        s.append("[ -z \"$left\" ] || { echo \"left behind: $left\" >&2; exit 4; }\n");
        if (primed) {
            s.append("left=$( { unprimed | tr '\\0' '\\n'; } 2>&1 | head -n 5)\n");
            s.append("[ -z \"$left\" ] || { echo \"left behind in the cache: $left\" >&2; exit 4; }\n");
        }
        s.append("stop_all\n");
        s.append("echo ").append(CLEAN).append('\n');
        return s.toString();
    }

    /**
     * Keeps of the cache exactly what the init tasks left, as they left it, and drops the rest; fails when the marker
     * is not as {@link #seal} left it.
     */
    private static void appendPrimedCacheReset(StringBuilder s) {
        s.append(CACHE_ENTRIES);
        s.append("""
                sealed=$(stat -c '%%u %%a %%F' "$m" %1$s 2>&1)
                [ "$sealed" = "$(printf '%2$d 555 directory\\n%2$d 444 regular file')" ] \\
                  || { echo "the cache marker is not as sealed: $sealed" >&2; exit 4; }
                """.formatted(MANIFEST, SandboxFactory.KEEPER_UID));
        // Directories a run took permissions from get them back, each before find goes into it (hence \; not +).
        s.append("find ").append(SandboxFactory.CACHE_DIR).append(" -mindepth 1 -path \"$m\" -prune -o -type d ! -perm -u=rwx")
                .append(" -exec chmod u+rwx {} \\; 2>/dev/null\n");
        s.append("unprimed 2>/dev/null | cut -z -d ' ' -f 5- | xargs -0 -r rm -rf -- 2>/dev/null\n");
    }

    /** Runs the language's init tasks in the work dir (as the sandbox user; their leftovers in /cache are kept). */
    static String init(Language language) {
        StringBuilder s = new StringBuilder();
        appendTasks(s, "init", language.init());
        s.append("echo ").append(CLEAN).append('\n');
        return s.toString();
    }

    /**
     * Run as the keeper after the init tasks: writes the manifest of what they left in the cache into the marker and
     * makes both read-only, so nothing the sandbox user does afterwards can change what the reset keeps.
     */
    static String seal() {
        return CACHE_ENTRIES + """
                mkdir "$m" || exit 3
                cache_entries > "$m/entries" 2> "$m/errors"
                [ ! -s "$m/errors" ] || { echo "the primed cache cannot be read: $(head -c 300 "$m/errors")" >&2; exit 3; }
                rm "$m/errors" && mv "$m/entries" %1$s && chmod 444 %1$s && chmod 555 "$m" && echo %2$s
                """.formatted(MANIFEST, CLEAN);
    }

    private static void appendTasks(StringBuilder s, String kind, List<String> tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            s.append("( cd ").append(SandboxFactory.WORK_DIR).append(" && ").append(tasks.get(i)).append("\n) || { echo '")
                    .append(kind).append(" task ").append(i + 1).append(" failed' >&2; exit 3; }\n");
        }
    }
}
