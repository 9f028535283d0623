# The sandbox user's processes, as the judge's scripts find them in /proc (POSIX sh). It sets a variable and never
# forks, so that the caller's own subshells do not count among them.
# others_of UID KEEP: sets _others to the pids of the live processes (a zombie is dead) whose real or effective uid is
# UID, but those in KEEP (" PID PID ... ").
others_of() {
  _others=
  for _d in /proc/[0-9]*; do
    _q=${_d#/proc/}
    case "$2" in *" $_q "*) continue ;; esac
    _st=; _ids=
    while read -r _k _a _b _rest; do
      case "$_k" in State:) _st=$_a ;; Uid:) _ids=" $_a $_b "; break ;; esac
    done 2>/dev/null < "$_d/status"
    [ "$_st" = Z ] && continue
    case "$_ids" in *" $1 "*) _others="$_others $_q" ;; esac
  done
}
