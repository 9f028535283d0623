#!/bin/sh
# CodeDrill driver for stdio problems: runs the program once per test, stdin from in/I, stdout to out/I (cut one
# byte past OUT_CAP: the program then dies of SIGPIPE instead of filling the disk), stderr to err/I, each under a
# wall-clock cut-off, and appends "I EXIT WALL_MS CPU_MS" to results.txt as each test ends. CPU time (the test's
# processes, user + system) is what the time limit is judged on: a slow start on a busy machine is not the code's.
# usage: run_stdio.sh TESTS WALL_LIMIT_SECONDS OUT_CAP COMMAND...
n=$1
limit=$2
cap=$(( $3 + 1 ))
shift 3
hz=$(getconf CLK_TCK 2>/dev/null || echo 100)
# CPU ticks of this shell's waited-for children (fields 16 and 17 of /proc/PID/stat; the name may hold spaces)
children_ticks() {
  s=$(cat /proc/$$/stat)
  s=${s##*) }
  set -- $s
  echo $(( ${14} + ${15} ))
}
i=0
mkdir -p out err code
while [ "$i" -lt "$n" ]; do
  start=$(date +%s%N)
  before=$(children_ticks)
  { timeout -k 1 "$limit" "$@" < "in/$i" 2> "err/$i"; echo $? > "code/$i"; } | head -c "$cap" > "out/$i"
  after=$(children_ticks)
  end=$(date +%s%N)
  echo "$i $(cat "code/$i") $(( (end - start) / 1000000 )) $(( (after - before) * 1000 / hz ))" >> results.txt
  i=$((i + 1))
done
