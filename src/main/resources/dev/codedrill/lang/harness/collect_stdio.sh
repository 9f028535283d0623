#!/bin/sh
# Prints what run_stdio.sh left, framed for the judge: results.txt, then per test a header line
# "@@@ I OUT_BYTES ERR_BYTES" followed by the first OUT_CAP bytes of out/I and the first ERR_CAP of err/I.
# usage: collect_stdio.sh TESTS OUT_CAP ERR_CAP
n=$1
out_cap=$2
err_cap=$3
if [ -f results.txt ]; then cat results.txt; fi
echo "@@@ END"
i=0
while [ "$i" -lt "$n" ]; do
  if [ -f "out/$i" ]; then
    echo "@@@ $i $(stat -c %s "out/$i") $(stat -c %s "err/$i")"
    head -c "$out_cap" "out/$i"
    head -c "$err_cap" "err/$i"
  fi
  i=$((i + 1))
done
