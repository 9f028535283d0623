#!/bin/sh
# CodeDrill driver for stdio problems: runs the program once per test, stdin from in/I, stdout to out/I, stderr to
# err/I, each under its own time limit, and appends "I EXIT MILLIS" to results.txt as each test ends.
# usage: run_stdio.sh TESTS LIMIT_SECONDS COMMAND...
n=$1
limit=$2
shift 2
i=0
mkdir -p out err
while [ "$i" -lt "$n" ]; do
  start=$(date +%s%N)
  timeout -k 1 "$limit" "$@" < "in/$i" > "out/$i" 2> "err/$i"
  code=$?
  end=$(date +%s%N)
  echo "$i $code $(( (end - start) / 1000000 ))" >> results.txt
  i=$((i + 1))
done
