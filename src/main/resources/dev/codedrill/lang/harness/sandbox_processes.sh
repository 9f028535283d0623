# The sandbox user's processes, as the judge's scripts find them in /proc (POSIX sh). It sets a variable and never
# forks, so that the caller's own subshells do not count among them.
# others_of UID KEEP [TREES]: sets _others to the pids of the live processes (a zombie is dead) whose real or effective
# uid is UID, but those in KEEP (" PID PID ... ") and those in TREES with every process they started, however deep
# (a compile spares the run's prepared exec and the warm runtime it started). The processes are looked at again while
# a spared tree grows, so a child listed before its parent is found too.
others_of() {
  _tree=${3:- }
  _grew=1
  while [ -n "$_grew" ]; do
    _others=; _grew=
    for _d in /proc/[0-9]*; do
      _q=${_d#/proc/}
      case "$2$_tree" in *" $_q "*) continue ;; esac
      _st=; _ids=; _pp=
      while read -r _k _a _b _rest; do
        case "$_k" in State:) _st=$_a ;; PPid:) _pp=$_a ;; Uid:) _ids=" $_a $_b "; break ;; esac
      done 2>/dev/null < "$_d/status"
      [ "$_st" = Z ] && continue
      case "$_ids" in *" $1 "*) ;; *) continue ;; esac
      case "$_tree" in
        " ") ;;
        *" $_pp "*) _tree="$_tree$_q "; [ -n "$_others" ] && _grew=1; continue ;;
      esac
      _others="$_others $_q"
    done
  done
}
