# Starts a language's warm runtime (POSIX sh, in a prepared exec, as the sandbox user, before the exec waits for its
# script): the interpreter is started and has loaded what every run loads, then waits for the one run it serves.
# usage (arguments of the prepared exec's sh): DIR SERVES RUNTIME_ARGV...
#   DIR: the runtime's folder, /tmp/.codedrill-warm (the first exec's runtime: an interpreter, Java's compiler) or
#   /tmp/.codedrill-warm-run (the runtime of a compiled language's run after its compile: Java's JVM).
#   SERVES: the run command it stands in for ("python3 -u harness.py"): warm_run.sh uses it for a command whose words
#   begin with these.
# DIR holds: go (a fifo: the run's work dir, read by the runtime when the run starts), err (a fifo: the runtime's
# stderr, which the run forwards to its own), status (a fifo: the runtime's exit status, written when it ends; its end
# without one means the runtime's parent was killed), cmd (SERVES), pid (the waiting wrapper's pid, emptied by the run
# that takes it) and ready (made by the runtime once it has loaded what it loads and waits for its run: the benchmark
# waits for it). The reset kills it and empties /tmp when it was not used.
if [ "$#" -gt 2 ]; then
  _w=$1
  if rm -rf "$_w" && mkdir -m 700 "$_w" && mkfifo "$_w/go" "$_w/err" "$_w/status" \
      && printf '%s\n' "$2" > "$_w/cmd"; then
    shift 2
    # the wrapper holds the status fifo open from the start: killed, it closes it, and the run sees that at once
    sh -c 'w=$1; shift; exec 3<> "$w/status"
           "$@" < /dev/null > /dev/null 2<> "$w/err" 3>&- & r=$!; wait "$r"; echo "$?" >&3' \
      sh "$_w" "$@" < /dev/null > /dev/null 2>&1 &
    echo "$!" > "$_w/pid"
  fi
  set --
fi
