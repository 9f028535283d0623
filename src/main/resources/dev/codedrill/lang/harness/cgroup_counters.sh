# The memory cgroup's counters, read by the judge's scripts before and after a run (POSIX sh functions; "-" when a
# counter cannot be read). oom: how many processes its OOM killer killed, the evidence that a SIGKILL was the memory
# limit's. memhit: how many times an allocation hit the limit, which tells a run cut off while thrashing at the
# limit from a slow one. cgroup v1 first, then v2.
oom() {
  for _f in /sys/fs/cgroup/memory/memory.oom_control /sys/fs/cgroup/memory.events; do
    [ -r "$_f" ] || continue
    while read -r _k _v; do [ "$_k" = oom_kill ] && { echo "$_v"; return; }; done < "$_f"
  done
  echo -
}
memhit() {
  if [ -r /sys/fs/cgroup/memory/memory.failcnt ]; then
    read -r _v < /sys/fs/cgroup/memory/memory.failcnt; echo "$_v"; return
  fi
  if [ -r /sys/fs/cgroup/memory.events ]; then
    while read -r _k _v; do [ "$_k" = max ] && { echo "$_v"; return; }; done < /sys/fs/cgroup/memory.events
  fi
  echo -
}
