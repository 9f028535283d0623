# Prints what the stdio driver left, framed for the judge (POSIX sh, run as `sh -c "$COLLECT" collect ARGS...`): the
# driver's result lines, read from stdin, then "@@@ END", then per test a header line "@@@ I OUT_BYTES ERR_BYTES"
# followed by the first OUT_CAP bytes of out/I and the first ERR_CAP of err/I.
# usage: collect TESTS OUT_CAP ERR_CAP < RESULT_LINES
n=$1
out_cap=$2
err_cap=$3
cat
echo "@@@ END"
i=0
while [ "$i" -lt "$n" ]; do
  if [ -f "out/$i" ] && [ -f "err/$i" ]; then
    # (sizes by wc, which asks fstat: gVisor's runsc of Debian 12 has no statx, which stat and ls use)
    echo "@@@ $i $(wc -c < "out/$i") $(wc -c < "err/$i")"
    head -c "$out_cap" "out/$i"
    head -c "$err_cap" "err/$i"
  fi
  i=$((i + 1))
done
