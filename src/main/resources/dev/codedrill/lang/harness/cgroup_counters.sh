# The memory cgroup's counters, read by the judge's scripts before and after a run (POSIX sh functions; "-" when a
# counter cannot be read). oom: how many processes its OOM killer killed, the evidence that a SIGKILL was the memory
# limit's. memhit: how many times an allocation hit the limit, which tells a run cut off while thrashing at the
# limit from a slow one. cgroup v1 first, then v2. oom_v and memhit_v set _oom and _memhit without forking (a
# command substitution forks a subshell: milliseconds each in a one-CPU sandbox); oom and memhit print them.
oom_v() {
  _oom=-
  for _f in /sys/fs/cgroup/memory/memory.oom_control /sys/fs/cgroup/memory.events; do
    [ -r "$_f" ] || continue
    while read -r _k _v; do [ "$_k" = oom_kill ] && { _oom=$_v; return; }; done < "$_f"
  done
}
memhit_v() {
  _memhit=-
  if [ -r /sys/fs/cgroup/memory/memory.failcnt ]; then
    read -r _memhit < /sys/fs/cgroup/memory/memory.failcnt; return
  fi
  if [ -r /sys/fs/cgroup/memory.events ]; then
    while read -r _k _v; do [ "$_k" = max ] && { _memhit=$_v; return; }; done < /sys/fs/cgroup/memory.events
  fi
}
oom() { oom_v; echo "$_oom"; }
memhit() { memhit_v; echo "$_memhit"; }
# The container's CPU use in microseconds ("-" when its cgroup cannot be read): cgroup v1, then v2. cpu_v sets _cpu
# without forking; cpu_us prints it.
cpu_v() {
  _cpu=-
  for _f in /sys/fs/cgroup/cpuacct/cpuacct.usage /sys/fs/cgroup/cpu,cpuacct/cpuacct.usage; do
    if [ -r "$_f" ] && read -r _v < "$_f" 2>/dev/null; then _cpu=$(( _v / 1000 )); return; fi
  done
  if [ -r /sys/fs/cgroup/cpu.stat ]; then
    while read -r _k _v; do [ "$_k" = usage_usec ] && { _cpu=$_v; return; }; done < /sys/fs/cgroup/cpu.stat
  fi
}
cpu_us() { cpu_v; echo "$_cpu"; }
