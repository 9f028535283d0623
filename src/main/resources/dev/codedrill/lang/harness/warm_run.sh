# Runs a run command in the sandbox's warm runtime when one is waiting for that command (its words begin with the
# runtime's SERVES; in /tmp/.codedrill-warm, or /tmp/.codedrill-warm-run for a compiled language's run after its
# compile), else starts it as usual (POSIX sh). usage: sh warm_run.sh COMMAND ARGS..., or inline:
# sh -c "<this script>" sh COMMAND ARGS...
# The runtime is consumed: its pid file is emptied (by the shell itself: an rm is a process more on the verdict's path)
# before it is told to start, so it serves one run. It is sent the work dir,
# this script's pid and the command's words, a line each (a runtime that can, Python, takes /proc/PID/fd/2 as its stderr); its exit status is this
# script's (128 + the signal when it was killed); what it writes to its own stderr is forwarded to this script's.
# Killed at the deadline, this script dies, and the runtime is killed with every other process of the sandbox user by
# the run's script.
for _w in /tmp/.codedrill-warm /tmp/.codedrill-warm-run; do
  if read -r _p 2>/dev/null < "$_w/pid" && [ -n "$_p" ] && kill -0 "$_p" 2>/dev/null \
      && read -r _c 2>/dev/null < "$_w/cmd" && case "$* " in "$_c "*) true ;; *) false ;; esac \
      && : > "$_w/pid"; then
    exec 4< "$_w/err" # opened before the runtime is told to go: it may give its end up at once
    cat <&4 >&2 &
    _k=$!
    exec 4<&-
    printf '%s\n' "$PWD" "$$" "$@" > "$_w/go"
    # the status, or the end of the fifo without one: the runtime's parent was killed (by the code), as a SIGKILL
    if ! read -r _s < "$_w/status" || [ -z "$_s" ]; then _s=137; fi
    wait "$_k" # the forwarded stderr ends with the runtime, or at once when it took this script's stderr as its own
    exit "$_s"
  fi
done
exec "$@"
