package dev.codedrill.judge;

import dev.codedrill.lang.harness.Prebuilt;
import dev.codedrill.lang.harness.Templates;
import dev.codedrill.pool.SandboxFactory;
import java.time.Duration;
import java.util.List;

/**
 * The shell script (POSIX sh, run by one exec as the sandbox user) of a step of a submission: compile, or run every
 * test, and report back on the exec's stdout in a {@link Frame}. Running a step in one exec that also unpacks its files
 * and reports its results saves the round trips of the exec per action that it replaces (copy, check, run, collect).
 *
 * <p>The report cannot be forged by the learner's code: it is written only after every process of the sandbox user
 * but the script itself has been killed, and it is framed with a nonce drawn at that moment (so nothing that ran
 * before could know it). Anything the code wrote to the exec's stdout comes before the frame and is ignored.
 *
 * <p>The step's own time limit is enforced in the container with {@code timeout}: TERM at the deadline, KILL a
 * second later; the script then still reports, so a timeout keeps the finished tests' results without another exec.
 * The memory cgroup's OOM-kill counter, read before and after, tells a memory kill from any other SIGKILL.
 */
final class RunScript {

    /** Where the script keeps its own files in the work dir. */
    static final String DIR = ".codedrill";
    /** Cached compile artifacts shipped in for a run: unpacked before the run starts. */
    static final String CACHED_ARTIFACTS = DIR + "/cached.tar";
    /** The cached artifacts of a plan's prebuilt part, shipped in for a compile: unpacked before it starts. */
    static final String PREBUILT_ARTIFACTS = DIR + "/prebuilt.tar";

    /** Functions use names of their own (_x): a shell's variables are all global. */
    private static final String PRELUDE = """
            me=$$
            keep=
            now_v() { read -r _u _rest < /proc/uptime; _now=$(( ${_u%.*} * 100 + 1${_u#*.} - 100 )); }
            stop_all() {
              _i=0
              while :; do
                [ -z "$keep" ] && kill -9 -1 2>/dev/null
                others_of {{UID}} " $me " "${keep:+ $keep }"
                [ -z "$_others" ] && return 0
                [ -n "$keep" ] && kill -9 $_others 2>/dev/null
                _i=$((_i + 1))
                [ "$_i" -gt 100 ] && return 1
                # a killed process is gone as soon as it is scheduled: look again soon, then less often
                if [ "$_i" -le 5 ]; then sleep 0.002; else sleep 0.02; fi
              done
            }
            nonce() {
              n=
              read -r n 2>/dev/null < /proc/sys/kernel/random/uuid
              [ -n "$n" ] || n=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \\n')
            }
            section() { printf '\\n@@%s %s\\n' "$n" "$1"; }
            report_end() { printf '\\n@@%s end %s\\n' "$n" "$1"; exit 0; }
            oom_v; o0=$_oom
            memhit_v; m0=$_memhit
            [ -d .codedrill ] || mkdir -p .codedrill
            """;

    /**
     * Watches a run that answers test by test in a results file: when the file has not changed for longer than its
     * allowance, the run's process group is killed and .codedrill/stalled marks why. The first allowance runs until
     * the file appears (the runtime's start), the second from each change on (one test).
     * usage: watch_stall PID FIRST_CS STALL_CS FILE
     */
    private static final String WATCH_STALL = """
            watch_stall() {
              now_v; _last=$_now; _size=-2; _allow=$2
              while [ -d "/proc/$1" ]; do
                sleep 0.1
                _sz=$(wc -c < "$4" 2>/dev/null || echo -1)
                now_v; _t=$_now
                if [ "$_sz" != "$_size" ]; then
                  _size=$_sz; _last=$_t
                  [ "$_sz" -gt 0 ] && _allow=$3
                elif [ $((_t - _last)) -gt "$_allow" ]; then
                  : > .codedrill/stalled
                  kill -9 -"$1" 2>/dev/null
                  return
                fi
              done
            }
            """;

    /**
     * How long a run that answers test by test may go without answering before it is stopped (an endless loop or a
     * sleep in one test): {@code firstMs} until its first answer is in its results file (the harnesses make the file,
     * empty, before they read the tests: that is no answer yet), then {@code stallMs} per test.
     */
    record Stall(String resultsFile, long firstMs, long stallMs) {
    }

    private RunScript() {
    }

    /**
     * Compiles in the work dir (the sources are there). On failure reports a {@code compile} section with the first
     * {@code outputCap} bytes of the compiler's output and {@code compile=CODE}; on success {@code compile=0} and,
     * when {@code artifacts} is not empty and their tar fits in {@code artifactCap}, an {@code artifacts}
     * section holding it, for the compile cache. Fields: {@code compile}, {@code oom} (before:after), {@code cs}
     * (centiseconds it took), {@code next} (1 when the run's prepared exec, {@link SandboxFactory#NEXT_EXEC_PID}, was
     * spared and still waits; else it is gone).
     */
    static String compile(List<String> compile, Duration limit, int outputCap, List<String> artifacts, int artifactCap) {
        return compile(null, false, compile, limit, outputCap, artifacts, artifactCap);
    }

    /**
     * As above, with a {@code prebuilt} part (null: none) before the compile: unpacked from {@link #PREBUILT_ARTIFACTS}
     * when it was {@code shipped} in, else compiled first (a failure is reported as the compile's), its artifacts
     * packed at once, before the learner's part is compiled, and reported in a {@code prebuilt} section when their tar
     * fits in {@code artifactCap}. {@code cs} then counts both compiles.
     */
    static String compile(Prebuilt prebuilt, boolean shipped, List<String> compile, Duration limit, int outputCap,
                          List<String> artifacts, int artifactCap) {
        StringBuilder s = new StringBuilder(prelude());
        s.append("pcs=0\n");
        s.append("pmade=0\n");
        if (prebuilt != null && shipped) {
            s.append("tar -xf ").append(PREBUILT_ARTIFACTS).append(" || { echo 'codedrill: could not unpack the")
                    .append(" prebuilt part' >&2; exit 125; }\n");
        } else if (prebuilt != null) {
            appendCompile(s, prebuilt.compile(), limit, outputCap);
            s.append("pcs=$cs\n");
            s.append(tar(prebuilt.artifacts(), PREBUILT_ARTIFACTS, artifactCap, "pmade"));
        }
        appendCompile(s, compile, limit, outputCap);
        if (!artifacts.isEmpty()) {
            // not compressed: gzip took 140 ms of a Go binary's compile and 470 of Rust's, on the verdict's path
            s.append(tar(artifacts, DIR + "/artifacts.tar", artifactCap, "made"));
        }
        // The run's prepared exec, when the pool started one, is spared with what it started (the run's warm runtime):
        // no code of the learner has run yet, so every other process is the compiler's (the run's own script kills
        // every process but itself, as always).
        s.append("keep=; read -r keep 2>/dev/null < ").append(SandboxFactory.NEXT_EXEC_PID).append('\n');
        s.append("case \"$keep\" in ''|*[!0-9]*) keep= ;; esac\n");
        s.append("stop_all || { echo 'codedrill: processes of the sandbox user survive kill -9' >&2; exit 70; }\n");
        s.append("next=0; [ -n \"$keep\" ] && [ -d \"/proc/$keep\" ] && next=1\n");
        s.append("nonce\n");
        if (!artifacts.isEmpty()) {
            s.append("if [ \"$made\" = 1 ]; then section artifacts; cat ").append(DIR).append("/artifacts.tar; fi\n");
        }
        s.append("if [ \"$pmade\" = 1 ]; then section prebuilt; cat ").append(PREBUILT_ARTIFACTS).append("; fi\n");
        s.append("oom_v; report_end \"compile=0 cs=$cs next=$next oom=$o0:$_oom\"\n");
        return s.toString();
    }

    /** Packs {@code files} into {@code tar}, setting {@code flag} to 1 when that worked and the tar fits in cap. */
    private static String tar(List<String> files, String tar, int cap, String flag) {
        return flag + "=0\ntar -cf " + tar + " -- " + Shell.quote(files) + " 2>/dev/null && [ \"$(wc -c < " + tar
                + ")\" -le " + cap + " ] && " + flag + "=1\n";
    }

    /**
     * Runs a step in the work dir: first, when given, the syntax check of an interpreted language (reported as for a
     * compile when it fails), then the cached artifacts are unpacked when they were shipped in, then {@code run} under
     * {@code limit} with its stdout discarded and its stderr on the exec's stderr; then every other process of the
     * sandbox user is killed and {@code report} (a shell command) prints the {@code sectionName} section. Fields:
     * {@code exit} (the run's exit code; 124 or 137 at the deadline), {@code cs} (centiseconds the run took),
     * {@code limit_cs}, {@code oom} (before:after).
     */
    static String run(List<String> check, Duration checkLimit, int checkOutputCap, boolean cachedArtifacts,
                      List<String> run, Duration limit, String sectionName, String report) {
        return run(check, checkLimit, checkOutputCap, cachedArtifacts, run, limit, null, sectionName, report);
    }

    /**
     * As above; with a {@code stall} (not null) the run is also stopped when its results file stops changing for
     * longer than allowed, reported as {@code exit=124 stalled=1}, and a results file left by an earlier run in the
     * same work dir is removed first.
     */
    static String run(List<String> check, Duration checkLimit, int checkOutputCap, boolean cachedArtifacts,
                      List<String> run, Duration limit, Stall stall, String sectionName, String report) {
        return run(check, checkLimit, checkOutputCap, cachedArtifacts, run, limit, stall, null, sectionName, report);
    }

    /**
     * As above; with a {@code stdoutVariable} (not null, and no stall) the run's stdout is kept in that shell variable
     * for the report instead of being discarded: a channel from the run's driver to the report that the code under
     * test, whose own stdout and stderr the driver redirects, cannot rewrite as it could a file.
     */
    static String run(List<String> check, Duration checkLimit, int checkOutputCap, boolean cachedArtifacts,
                      List<String> run, Duration limit, Stall stall, String stdoutVariable, String sectionName,
                      String report) {
        if (stall != null && stdoutVariable != null) {
            throw new IllegalArgumentException("a run watched for stalls keeps no stdout");
        }
        StringBuilder s = new StringBuilder(prelude());
        if (stall != null) {
            s.append(WATCH_STALL);
            // only when there is one (a fork saved in a fresh work dir): a link or a fifo in its place goes too
            s.append("for _f in .codedrill/stalled ").append(Shell.quote(List.of(stall.resultsFile())))
                    .append("; do { [ -e \"$_f\" ] || [ -L \"$_f\" ]; } && rm -f \"$_f\"; done\n");
        }
        s.append("echo \"$o0 $m0\" > ").append(DIR).append("/oom0\n"); // for a collect after the script was stopped
        if (!check.isEmpty()) {
            appendCompile(s, check, checkLimit, checkOutputCap);
        }
        if (cachedArtifacts) {
            s.append("tar -xf ").append(CACHED_ARTIFACTS).append(" || { echo 'codedrill: could not unpack the cached")
                    .append(" artifacts' >&2; exit 125; }\n");
        }
        s.append("now_v; t0=$_now\n");
        s.append("stalled=0\n");
        if (stdoutVariable != null) {
            s.append(stdoutVariable).append("=$(timeout -k 1 ").append(seconds(limit)).append(' ')
                    .append(Shell.quote(run)).append(" < /dev/null)\n");
            s.append("r=$?\n");
        } else if (stall == null) {
            s.append("timeout -k 1 ").append(seconds(limit)).append(' ').append(Shell.quote(run))
                    .append(" > /dev/null < /dev/null\n");
            s.append("r=$?\n");
        } else {
            s.append("timeout -k 1 ").append(seconds(limit)).append(' ').append(Shell.quote(run))
                    .append(" > /dev/null < /dev/null &\n");
            s.append("p=$!\n");
            s.append("watch_stall $p ").append(stall.firstMs() / 10).append(' ').append(stall.stallMs() / 10)
                    .append(' ').append(Shell.quote(List.of(stall.resultsFile()))).append(" &\n");
            s.append("w=$!\n");
            s.append("wait $p\n");
            s.append("r=$?\n");
            s.append("kill $w 2>/dev/null\n");
            s.append("[ -f .codedrill/stalled ] && { r=124; stalled=1; }\n");
        }
        s.append("now_v; t1=$_now\n");
        s.append("stop_all || { echo 'codedrill: processes of the sandbox user survive kill -9' >&2; exit 70; }\n");
        s.append("nonce\n");
        s.append("section ").append(sectionName).append('\n');
        s.append(report).append('\n');
        s.append("oom_v; memhit_v; report_end \"exit=$r stalled=$stalled cs=$((t1 - t0)) limit_cs=")
                .append(limit.toMillis() / 10).append(" oom=$o0:$_oom memhit=$m0:$_memhit\"\n");
        return s.toString();
    }

    /**
     * The slow path, for a run whose script was stopped before it reported (killed at its deadline, for a flood of
     * stderr, or by the code): kills what is left of the run, then reports {@code report}'s output in the section
     * {@code sectionName} and the OOM counter since the run began ({@code oom}).
     */
    static String collect(String sectionName, String report) {
        return prelude()
                + "stop_all || { echo 'codedrill: processes of the sandbox user survive kill -9' >&2; exit 70; }\n"
                + "b=-; bm=-; read -r b bm 2>/dev/null < " + DIR + "/oom0\n"
                + "nonce\n"
                + "section " + sectionName + "\n"
                + report + "\n"
                + "oom_v; memhit_v; report_end \"oom=$b:$_oom memhit=$bm:$_memhit\"\n";
    }

    /** Prints a file when it is a regular file (a fifo or a device left in its place by the code would block). */
    static String printFile(String file) {
        return "[ -f " + Shell.quote(List.of(file)) + " ] && cat " + Shell.quote(List.of(file));
    }

    private static void appendCompile(StringBuilder s, List<String> compile, Duration limit, int outputCap) {
        // The output goes through head: a flood stops at the cap (the compiler then dies of SIGPIPE).
        s.append("now_v; c0=$_now; cpu_v; u0=$_cpu\n");
        s.append("{ timeout -k 1 ").append(seconds(limit)).append(' ').append(Shell.quote(compile))
                .append(" 2>&1 < /dev/null; echo $? > ").append(DIR).append("/cexit; } | head -c ")
                .append(outputCap + 1).append(" > ").append(DIR).append("/compile.out\n");
        s.append("now_v; cs=$((_now - c0 + ${pcs:-0}))\n");
        s.append("c=1; read -r c 2>/dev/null < ").append(DIR).append("/cexit\n");
        s.append("if [ \"$c\" != 0 ]; then\n")
                // the CPU the compile had (-1 when unknown): a compile cut off with little of it was starved
                .append("  cpu_v; ccs=-1; [ \"$u0\" != - ] && [ \"$_cpu\" != - ] && ccs=$(( (_cpu - u0) / 10000 ))\n")
                .append("  stop_all\n")
                .append("  nonce\n")
                .append("  section compile; cat ").append(DIR).append("/compile.out\n")
                .append("  oom_v; report_end \"compile=$c cs=$cs cpu_cs=$ccs limit_cs=").append(limit.toMillis() / 10)
                .append(" oom=$o0:$_oom\"\n")
                .append("fi\n");
    }

    private static String prelude() {
        return Templates.resource("cgroup_counters.sh") + Templates.resource("sandbox_processes.sh")
                + PRELUDE.replace("{{UID}}", Integer.toString(SandboxFactory.UID));
    }

    /** A duration as {@code timeout} reads it: seconds with a fraction. */
    static String seconds(Duration d) {
        long ms = Math.max(1, d.toMillis());
        return ms / 1000 + "." + String.format("%03d", ms % 1000);
    }
}
