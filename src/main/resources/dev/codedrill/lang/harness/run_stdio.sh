#!/bin/sh
# CodeDrill driver for stdio problems: runs the program once per test, stdin from in/I, stdout to out/I (cut one
# byte past OUT_CAP: the program then dies of SIGPIPE instead of filling the disk), stderr to err/I, each under its
# own time limit, and appends "I EXIT MILLIS" to results.txt as each test ends.
# usage: run_stdio.sh TESTS LIMIT_SECONDS OUT_CAP COMMAND...
n=$1
limit=$2
cap=$(( $3 + 1 ))
shift 3
i=0
mkdir -p out err code
while [ "$i" -lt "$n" ]; do
  start=$(date +%s%N)
  { timeout -k 1 "$limit" "$@" < "in/$i" 2> "err/$i"; echo $? > "code/$i"; } | head -c "$cap" > "out/$i"
  end=$(date +%s%N)
  echo "$i $(cat "code/$i") $(( (end - start) / 1000000 ))" >> results.txt
  i=$((i + 1))
done
