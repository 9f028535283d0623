#!/bin/sh
# CodeDrill driver for stdio problems: runs the program once per test, stdin from in/I, stdout to out/I and stderr to
# err/I, each cut one byte past its cap (the program then dies of SIGPIPE, or sees EPIPE, instead of filling the disk),
# each test under a wall-clock cut-off, and appends "I EXIT WALL_MS CPU_MS OOM_BEFORE OOM_AFTER" to results.txt as each
# test ends (then " HIT_BEFORE HIT_AFTER"). CPU time (the test's processes, user + system) is what the time limit is judged on: a slow start on a
# busy machine is not the code's. OOM_* are the memory cgroup's OOM-kill counter around the test ("-" when it cannot
# be read): the evidence that a SIGKILL was the memory limit's; HIT_* its count of allocations refused at the limit,
# which tells a test cut off while thrashing at the limit from a slow one.
# With STOP_EARLY 1 the driver stops after the first test that did not end well (a non-zero exit, the cut-off, CPU time
# over TIME_LIMIT_MS, or a flood): what a submission's verdict needs, without waiting for every later test.
# usage: run_stdio.sh TESTS WALL_LIMIT_SECONDS TIME_LIMIT_MS OUT_CAP ERR_CAP STOP_EARLY COMMAND...
n=$1
limit=$2
tl=$3
cap=$(( $4 + 1 ))
ecap=$(( $5 + 1 ))
stop=$6
shift 6
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)
# CPU ticks of this shell's waited-for children (fields 16 and 17 of /proc/PID/stat; the name may hold spaces)
children_ticks() {
  s=$(cat /proc/$$/stat)
  s=${s##*) }
  set -- $s
  echo $(( ${14} + ${15} ))
}
. ./cgroup_counters.sh
# Whether a child of this shell still runs (a zombie does not: it waits to be reaped).
running() {
  [ -r "/proc/$1/stat" ] || return 1
  _s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  _s=${_s##*) }
  [ "${_s%% *}" != Z ]
}
size() { stat -c %s "$1" 2>/dev/null || echo 0; }
i=0
mkdir -p out err code .codedrill
rm -f .codedrill/stdout .codedrill/stderr
mkfifo .codedrill/stdout .codedrill/stderr
while [ "$i" -lt "$n" ]; do
  before=$(children_ticks)
  o0=$(oom)
  m0=$(memhit)
  head -c "$cap" < .codedrill/stdout > "out/$i" &
  ho=$!
  head -c "$ecap" < .codedrill/stderr > "err/$i" &
  he=$!
  start=$(date +%s%N)
  timeout -k 1 "$limit" "$@" < "in/$i" > .codedrill/stdout 2> .codedrill/stderr &
  t=$!
  wait "$t"
  code=$?
  end=$(date +%s%N)
  # timeout leads its own process group: whatever the program left running there (or all of it, when the program
  # killed timeout itself) goes now
  kill -9 -"$t" 2> /dev/null
  # a process that left the group may still hold the pipes open: the readers get a moment, then they go too
  w=0
  while { running "$ho" || running "$he"; } && [ "$w" -lt 40 ]; do sleep 0.05; w=$((w + 1)); done
  kill -9 "$ho" "$he" 2> /dev/null
  wait "$ho" "$he" 2> /dev/null
  after=$(children_ticks)
  cpu=$(( (after - before) * 1000 / hz ))
  echo "$code" > "code/$i"
  echo "$i $code $(( (end - start) / 1000000 )) $cpu $o0 $(oom) $m0 $(memhit)" >> results.txt
  if [ "$stop" = 1 ]; then
    if [ "$code" != 0 ] || [ "$cpu" -gt "$tl" ] || [ "$(size "out/$i")" -ge "$cap" ] \
        || [ "$(size "err/$i")" -ge "$ecap" ]; then
      break
    fi
  fi
  i=$((i + 1))
done
