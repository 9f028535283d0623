# CodeDrill driver for stdio problems (POSIX sh, run as `sh -c "$DRIVER" run_stdio ARGS...` with the functions of
# cgroup_counters.sh and sandbox_processes.sh put before it: it is never a file the code under test could rewrite).
# Runs the program once per test, stdin from in/I, stdout to out/I and stderr to err/I, each cut one byte past its cap
# (the program then dies of SIGPIPE, or sees EPIPE, instead of filling the disk), each test under a wall-clock
# cut-off, and prints on its stdout
# "I EXIT WALL_MS CPU_MS OOM_BEFORE OOM_AFTER HIT_BEFORE HIT_AFTER OUT_MD5" as each test ends (also appended to
# results.txt, which only the slow path reads, when the run could not report). The judge keeps this stdout in its own
# shell, where the code cannot change it, and checks each output it is sent against its digest: a later test's code
# that rewrote an earlier test's output is caught.
# CPU time is what the time limit is judged on (a slow start on a busy machine is not the code's): the container's
# CPU use over the test, read from its cgroup, so a process the program forked counts as much as the program itself;
# the CPU ticks of the waited-for children when the cgroup cannot be read. A test lasts while anything holds its output
# open (a child left computing by a parent that exited early), until the cut-off, which is then the test's ending
# (exit 124). After each test every other process of the sandbox user is killed, whatever group or session it made.
# OOM_* are the memory cgroup's OOM-kill counter around the test ("-" when it cannot be read): the evidence that a
# SIGKILL was the memory limit's; HIT_* its count of allocations refused at the limit, which tells a test cut off while
# thrashing at the limit from a slow one.
# With STOP_EARLY 1 the driver stops after the first test that did not end well (a non-zero exit, the cut-off, CPU time
# over TIME_LIMIT_MS, or a flood): what a submission's verdict needs, without waiting for every later test.
# usage: run_stdio TESTS WALL_LIMIT_SECONDS TIME_LIMIT_MS OUT_CAP ERR_CAP STOP_EARLY COMMAND...
n=$1
limit=$2
tl=$3
cap=$(( $4 + 1 ))
ecap=$(( $5 + 1 ))
stop=$6
shift 6
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)
# the wall-clock cut-off in milliseconds (from "S.mmm" seconds)
limit_ms=$(( ${limit%.*} * 1000 + 1${limit#*.} - 1000 ))
# CPU ticks of this shell's waited-for children (fields 16 and 17 of /proc/PID/stat; the name may hold spaces)
children_ticks() {
  s=$(cat /proc/$$/stat)
  s=${s##*) }
  set -- $s
  echo $(( ${14} + ${15} ))
}
# Whether a child of this shell still runs (a zombie does not: it waits to be reaped).
running() {
  [ -r "/proc/$1/stat" ] || return 1
  _s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  _s=${_s##*) }
  [ "${_s%% *}" != Z ]
}
now_ms() { _t=$(date +%s%N); echo $(( _t / 1000000 )); }
# (by wc, which asks fstat: gVisor's runsc of Debian 12 has no statx, which stat uses)
size() { wc -c < "$1" 2>/dev/null || echo 0; }
# This shell and every process above it: all that may outlive a test.
me=$(id -u)
keep=" $$ "
_p=$$
while :; do
  _pp=
  while read -r _k _v _rest; do [ "$_k" = PPid: ] && { _pp=$_v; break; }; done < "/proc/$_p/status"
  case "$_pp" in ''|0|1) break ;; esac
  keep="$keep$_pp "
  _p=$_pp
done
# Kills every process of the sandbox user but those kept, until none is left (a fork bomb takes a few rounds).
kill_others() {
  _round=0
  while :; do
    others_of "$me" "$keep"
    [ -z "$_others" ] && return 0
    kill -9 $_others 2>/dev/null
    _round=$((_round + 1))
    [ "$_round" -gt 200 ] && return 1
    sleep 0.01
  done
}
i=0
mkdir -p out err code .codedrill
: > results.txt
while [ "$i" -lt "$n" ]; do
  # made again for every test: a program may have put something else in their place
  rm -rf .codedrill/stdout .codedrill/stderr
  mkfifo .codedrill/stdout .codedrill/stderr
  o0=$(oom)
  m0=$(memhit)
  head -c "$cap" < .codedrill/stdout > "out/$i" &
  ho=$!
  head -c "$ecap" < .codedrill/stderr > "err/$i" &
  he=$!
  before=$(children_ticks)
  c0=$(cpu_us)
  start=$(now_ms)
  timeout -k 1 "$limit" "$@" < "in/$i" > .codedrill/stdout 2> .codedrill/stderr &
  t=$!
  wait "$t"
  code=$?
  # What the program left running with its output open still belongs to the test, until the cut-off.
  while running "$ho" || running "$he"; do
    if [ $(( $(now_ms) - start )) -ge "$limit_ms" ]; then
      code=124
      break
    fi
    sleep 0.02
  done
  end=$(now_ms)
  c1=$(cpu_us)
  after=$(children_ticks)
  kill -9 -"$t" 2> /dev/null
  kill_others || echo "codedrill: processes of the sandbox user survive kill -9" >&2
  wait "$ho" "$he" 2> /dev/null
  if [ "$c0" != - ] && [ "$c1" != - ]; then
    cpu=$(( (c1 - c0) / 1000 ))
  else
    cpu=$(( (after - before) * 1000 / hz ))
  fi
  echo "$code" > "code/$i"
  # the digest of the output as the test left it: a later test cannot change it unseen
  sum=$(md5sum < "out/$i" 2> /dev/null) || sum=-
  line="$i $code $(( end - start )) $cpu $o0 $(oom) $m0 $(memhit) ${sum%% *}"
  echo "$line"
  echo "$line" >> results.txt
  if [ "$stop" = 1 ]; then
    if [ "$code" != 0 ] || [ "$cpu" -gt "$tl" ] || [ "$(size "out/$i")" -ge "$cap" ] \
        || [ "$(size "err/$i")" -ge "$ecap" ]; then
      break
    fi
  fi
  i=$((i + 1))
done
