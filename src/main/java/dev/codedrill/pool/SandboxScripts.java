package dev.codedrill.pool;

import dev.codedrill.lang.Language;
import java.util.List;

/**
 * The shell scripts that prepare and clean a sandbox. Each runs in one exec as the sandbox user (an exec costs
 * ~50 ms), uses only POSIX sh, find and /proc (images may lack procps), and prints {@code clean} only when it checked
 * that it worked.
 */
final class SandboxScripts {

    static final String CLEAN = "clean";
    static final String PRIMED_MARKER = SandboxFactory.CACHE_DIR + "/.primed";

    private static final String STOP_ALL = """
            me=$$
            alive() {
              for p in /proc/[0-9]*; do
                [ "${p#/proc/}" = "$me" ] && continue
                while read -r key real eff rest; do
                  if [ "$key" = Uid: ]; then
                    { [ "$real" = %1$s ] || [ "$eff" = %1$s ]; } && return 0
                    break
                  fi
                done 2>/dev/null < "$p/status"
              done
              return 1
            }
            stop_all() {
              i=0
              kill -9 -1 2>/dev/null
              while alive; do
                i=$((i + 1))
                if [ "$i" -gt 60 ]; then echo "processes of the sandbox user survive kill -9" >&2; exit 5; fi
                kill -9 -1 2>/dev/null
                sleep 0.05
              done
            }
            """;

    private SandboxScripts() {
    }

    /**
     * Kills every process of the sandbox user (kill(-1) spares only this shell and PID 1, which is root's), runs the
     * language's teardown tasks, wipes the work dir, /tmp and /dev/shm (and what a run added to the cache dir) and the
     * user's System V IPC objects, then checks that no process, no file and no IPC object is left.
     */
    static String reset(Language language, boolean primed) {
        StringBuilder s = new StringBuilder(STOP_ALL.formatted(SandboxFactory.UID));
        s.append("stop_all\n");
        appendTasks(s, "teardown", language.teardown());
        s.append("stop_all\n");
        String dirs = SandboxFactory.WORK_DIR + " /tmp /dev/shm";
        // A run may have taken its own permissions away from what it made; as owner it can give them back.
        s.append("chmod -R u+rwX ").append(dirs).append(' ').append(SandboxFactory.CACHE_DIR).append(" 2>/dev/null\n");
        s.append("find ").append(dirs).append(" -mindepth 1 -delete 2>/dev/null\n");
        if (primed) {
            // Keep what the init tasks left in the cache (that is its point); drop what runs added since.
            s.append("[ -e ").append(PRIMED_MARKER).append(" ] || { echo 'the cache marker is gone' >&2; exit 4; }\n");
            s.append("find /cache -mindepth 1 ! -type d -newer ").append(PRIMED_MARKER).append(" -exec rm -f {} + 2>/dev/null\n");
            s.append("find /cache -mindepth 1 -depth -type d -empty -newer ").append(PRIMED_MARKER)
                    .append(" -delete 2>/dev/null\n");
        } else {
            s.append("find /cache -mindepth 1 -delete 2>/dev/null\n");
            dirs = dirs + " /cache";
        }
        // System V IPC lives in the container's IPC namespace, not in a directory: remove the user's objects too.
        s.append("command -v ipcrm >/dev/null 2>&1 && ipcrm --all 2>/dev/null\n");
        s.append("for f in /proc/sysvipc/shm /proc/sysvipc/msg /proc/sysvipc/sem; do\n")
                .append("  [ ! -r \"$f\" ] || [ \"$(wc -l < \"$f\")\" -le 1 ] || { echo \"IPC objects left in $f\" >&2; exit 4; }\n")
                .append("done\n");
        s.append("left=$(find ").append(dirs).append(" -mindepth 1 -print 2>&1 | head -n 5)\n");
        s.append("[ -z \"$left\" ] || { echo \"left behind: $left\" >&2; exit 4; }\n");
        s.append("stop_all\n");
        s.append("echo ").append(CLEAN).append('\n');
        return s.toString();
    }

    /** Runs the language's init tasks in the work dir, then marks the cache as primed. */
    static String init(Language language) {
        StringBuilder s = new StringBuilder();
        appendTasks(s, "init", language.init());
        s.append("touch ").append(PRIMED_MARKER).append(" && echo ").append(CLEAN).append('\n');
        return s.toString();
    }

    private static void appendTasks(StringBuilder s, String kind, List<String> tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            s.append("( cd ").append(SandboxFactory.WORK_DIR).append(" && ").append(tasks.get(i)).append("\n) || { echo '")
                    .append(kind).append(" task ").append(i + 1).append(" failed' >&2; exit 3; }\n");
        }
    }
}
