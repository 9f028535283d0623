#!/usr/bin/env bash
# The install test (packaging/ci/test.sh runs it after ./mvnw verify): builds the .deb with the dist profile, installs
# it with apt as a user would and runs the installed app — `codedrill --version`, also with the class-data sharing
# archive its postinst made required; `codedrill doctor` (the private daemon over mutual TLS, code run in all six
# languages); `codedrill judge` of a bundled problem; the GUI, whose window must appear and whose warm pool's
# containers must go with it when it is ended by SIGTERM — then upgrades it to a newer
# release, purges it and installs it again: /opt/codedrill goes and comes back, while the user's config and data
# (history, certificates) stay and the history still shows the run.
# Needs root (apt), a Docker engine and the offline images (packaging/ci/prepare-machine.sh); runs itself under
# xvfb-run when there is no display. Any failure stops it with a message and a non-zero exit.
#   packaging/ci/install-test.sh [--deb FILE]     (--deb: test that .deb instead of building one)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
deb=""
if [[ ${1:-} == --deb && -n ${2:-} ]]; then deb=$2; elif (( $# )); then echo "usage: $0 [--deb FILE]" >&2; exit 2; fi

if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

start=$SECONDS
step_start=$SECONDS
step_name=""
step() {
  if [[ -n $step_name ]]; then printf '[install-test] %-48s %3d s\n' "$step_name" $((SECONDS - step_start)); fi
  step_name=$1
  step_start=$SECONDS
}
fail() {
  printf '\n[install-test] FAILED at "%s": %s\n' "$step_name" "$*" >&2
  exit 1
}

# A user of our own: the app finds its config and keeps its data in the XDG dirs under it (AppDirs), which neither
# the package nor its removal touch. Its config is packaging/images/offline.json with a private daemon of the test's
# own (container and volume codedrill-dind-install-test), apart from CliIT's and the suite's. The volume is kept
# between runs: only the first run on a machine copies the runner image into it (1-2 min). The container of an
# earlier run goes first: it belongs to that run's user (another data dir), and an app never touches a daemon that
# another installation made.
user_home=$(mktemp -d /tmp/codedrill-install-test.XXXXXX)
export XDG_CONFIG_HOME=$user_home/.config XDG_DATA_HOME=$user_home/.local/share
config_dir=$XDG_CONFIG_HOME/codedrill
data_dir=$XDG_DATA_HOME/codedrill
daemon=codedrill-dind-install-test
gui_pid=""
out=$user_home/out.txt

cleanup() {
  local status=$?
  trap - EXIT
  if [[ -n $gui_pid ]] && kill -0 "$gui_pid" 2> /dev/null; then kill -9 "$gui_pid" 2> /dev/null || true; fi
  if command -v codedrill > /dev/null; then codedrill dind stop > /dev/null 2>&1 || true; fi
  if dpkg -s codedrill > /dev/null 2>&1; then $SUDO apt-get purge -y -q codedrill > /dev/null 2>&1 || true; fi
  rm -rf "$user_home"
  if (( status == 0 )); then
    printf '[install-test] passed in %d s\n' $((SECONDS - start))
  else
    printf '[install-test] FAILED (exit %d) after %d s\n' "$status" $((SECONDS - start)) >&2
  fi
  exit "$status"
}
trap cleanup EXIT

# Runs the installed command with its output in $out (shown when it fails); the exit code is checked by the caller.
run() {
  local code=0
  "$@" > "$out" 2>&1 || code=$?
  return $code
}
# apt installs the package's dependencies from Debian (libgtk-3-0, xdg-utils…); with stale package lists, update once.
apt_install() {
  run $SUDO apt-get install -y -q "$1" || { run $SUDO apt-get update -q && run $SUDO apt-get install -y -q "$1"; }
}
show() { tail -n 40 "$out" | cut -c 1-300 | sed 's/^/    | /' >&2; }
must() { # must COMMAND…: run it; if it fails, show its output and stop
  local code=0
  run "$@" || code=$?
  (( code == 0 )) || { show; fail "'$*' exited $code"; }
}
expect() { # expect PATTERN WHAT: the last run's output has PATTERN (an extended regex)
  grep -Eq -- "$1" "$out" || { show; fail "$2"; }
}

if [[ -n $deb ]]; then
  step "test the given .deb"
  [[ -f $deb ]] || fail "no file $deb"
  deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")
else
  step "build the .deb (./mvnw -Pdist)"
  # The .deb the test installs is compressed with gzip -1, not dpkg's default xz: the same files, a minute faster.
  DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1 \
    ./mvnw -B -ntp -q -Pdist -DskipTests -Ddist.types=deb package || fail "the dist build failed"
  debs=(target/dist/codedrill_*.deb)
  [[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one .deb in target/dist, found: ${debs[*]}"
  deb=$repo/${debs[0]}
fi
version=$(sed -n "s|^  <version>\(.*\)</version>\$|\1|p" pom.xml | head -1) # the project's own, the only one indented by two
printf '[install-test] %s (%s), for version %s\n' "$deb" "$(du -h "$deb" | cut -f1)" "$version"

step "install it with apt"
if dpkg -s codedrill > /dev/null 2>&1; then $SUDO apt-get purge -y -q codedrill > /dev/null; fi
[[ ! -e /opt/codedrill ]] || fail "/opt/codedrill is there before the install"
apt_install "$deb" || { show; fail "apt-get install $deb failed"; }
[[ -x /opt/codedrill/bin/codedrill ]] || fail "no launcher /opt/codedrill/bin/codedrill"
[[ $(readlink /usr/bin/codedrill) == /opt/codedrill/bin/codedrill ]] || fail "/usr/bin/codedrill is not the link"
[[ $(command -v codedrill) == /usr/bin/codedrill ]] || fail "codedrill on PATH is $(command -v codedrill)"
[[ -f /opt/codedrill/lib/app/problems/two-sum/problem.json ]] || fail "the problems are not in /opt/codedrill/lib/app"
grep -qx "Exec=/opt/codedrill/bin/codedrill" /opt/codedrill/lib/codedrill-codedrill.desktop \
  && grep -qx "Name=CodeDrill" /opt/codedrill/lib/codedrill-codedrill.desktop || fail "the desktop entry is wrong"
[[ ! -e $data_dir ]] || fail "the data dir exists before the app ran"
printf '[install-test] installed: %s in /opt/codedrill\n' "$(du -sh /opt/codedrill | cut -f1)"

step "codedrill --version"
must codedrill --version
expect "^codedrill $version\$" "it printed $(cat "$out"), not codedrill $version"

step "class-data sharing: the archive made at install, used by the launcher"
# postinst made it; -Xshare:on makes the JVM refuse to start unless it maps it (the jar's path and size as recorded).
archive=/opt/codedrill/lib/app/codedrill.jsa
[[ -s $archive ]] || fail "postinst made no class-data sharing archive ($archive)"
JAVA_TOOL_OPTIONS=-Xshare:on must codedrill --version
expect "^codedrill $version\$" "the launcher could not start with the archive: $(cat "$out")"

step "codedrill doctor (user config)"
mkdir -p "$config_dir"
sed "s|\"launch\": \"compat\"|&, \"name\": \"$daemon\", \"volume\": \"$daemon\"|" packaging/images/offline.json \
  > "$config_dir/config.json"
grep -q "\"name\": \"$daemon\"" "$config_dir/config.json" || fail "could not name the daemon in the test's config"
$SUDO docker rm -f "$daemon" > /dev/null 2>&1 || true
code=0; run codedrill doctor || code=$?
sed 's/^/    | /' "$out"
(( code == 0 )) || fail "doctor exited $code"
expect "config +$config_dir/config.json" "doctor did not read the user's config file"
expect "private daemon container +$daemon running" "the private daemon is not the one the user's config names"
expect "private daemon +Docker .* at tcp://127\.0\.0\.1:[0-9]+, mutual TLS" "no private daemon over mutual TLS"
for lang in python javascript java cpp go php rust; do
  expect "\[ OK \] sandbox $lang +code runs: a-plus-b samples accepted" "no code ran in $lang"
done
expect "All good" "doctor did not say All good"

step "codedrill judge, codedrill history"
solution=/opt/codedrill/lib/app/problems/two-sum/solutions/python.py
must codedrill judge --problem two-sum --lang python --json "$solution"
expect '^\{"problem":"two-sum","language":"python","mode":"SUBMIT","verdict":"ACCEPTED"' \
  "the bundled solution of two-sum was not accepted"
must codedrill history --json
expect '"problemId" *: *"two-sum"' "the submission is not in the history"
submission=$(grep -Eo '"id" *: *[0-9]+' "$out" | head -1)
[[ -n $submission ]] || { show; fail "no submission id in the history"; }

step "the GUI: a window titled CodeDrill, its pool gone after SIGTERM"
codedrill > "$user_home/gui.log" 2>&1 &
gui_pid=$!
for i in $(seq 1 60); do
  if xwininfo -root -tree 2> /dev/null | grep -q '"CodeDrill"'; then break; fi
  if ! kill -0 "$gui_pid" 2> /dev/null; then sed 's/^/    | /' "$user_home/gui.log" >&2; fail "the GUI exited"; fi
  (( i < 60 )) || { sed 's/^/    | /' "$user_home/gui.log" >&2; fail "no window titled CodeDrill in 60 s"; }
  sleep 1
done
xwininfo -root -tree | grep '"CodeDrill"' | head -1 | sed 's/^ */[install-test] window: /'
# The private daemon, as the app reaches it (its port on loopback, the client certificate in the user's data dir):
# the GUI's warm pool fills it, and a SIGTERM (a logout) must take the pool's containers with the app.
inner() {
  local port
  port=$($SUDO docker port "$daemon" 2376 | head -1 | sed 's/.*://')
  $SUDO docker -H "tcp://127.0.0.1:$port" --tlsverify --tlscacert "$data_dir/dind-tls/client/ca.pem" \
    --tlscert "$data_dir/dind-tls/client/cert.pem" --tlskey "$data_dir/dind-tls/client/key.pem" "$@"
}
sandboxes() { inner ps -q --filter label=dev.codedrill.role=sandbox | wc -l; }
for i in $(seq 1 90); do
  (( $(sandboxes) > 0 )) && break
  (( i < 90 )) || { sed 's/^/    | /' "$user_home/gui.log" >&2; fail "the GUI's warm pool made no container in 90 s"; }
  sleep 1
done
printf '[install-test] the GUI'"'"'s pool: %s containers so far\n' "$(sandboxes)"
kill "$gui_pid"
for i in $(seq 1 40); do kill -0 "$gui_pid" 2> /dev/null || break; sleep 0.5; done
if kill -0 "$gui_pid" 2> /dev/null; then fail "the GUI did not exit on SIGTERM in 20 s"; fi
gui_pid=""
left=$(sandboxes)
(( left == 0 )) || fail "the GUI left $left sandbox containers after SIGTERM"

step "upgrade: the build repacked as a newer release"
# The same files as version VERSION+upgrade1: dpkg replaces the package, running the old prerm and the new postinst.
dpkg-deb -R "$deb" "$user_home/upgrade"
sed -i -E 's/^Version: (.*)$/Version: \1+upgrade1/' "$user_home/upgrade/DEBIAN/control"
newer=$(sed -n 's/^Version: //p' "$user_home/upgrade/DEBIAN/control")
dpkg-deb -Zgzip -z1 -b "$user_home/upgrade" "$user_home/codedrill-upgrade.deb" > /dev/null
rm -rf "$user_home/upgrade"
apt_install "$user_home/codedrill-upgrade.deb" || { show; fail "apt-get install of the newer release failed"; }
[[ $(dpkg-query -W -f '${Version}' codedrill) == "$newer" ]] || fail "codedrill $newer is not the installed version"
[[ $(readlink /usr/bin/codedrill) == /opt/codedrill/bin/codedrill ]] || fail "the upgrade lost /usr/bin/codedrill"
JAVA_TOOL_OPTIONS=-Xshare:on must codedrill --version # the new postinst made the archive again, for the new jar
must codedrill history --json
expect "$submission" "the upgrade lost the history"
rm -f "$user_home/codedrill-upgrade.deb"

step "purge: the app goes, the user's data stays"
must $SUDO apt-get purge -y -q codedrill
[[ ! -e /opt/codedrill ]] || fail "/opt/codedrill is still there"
[[ ! -e /usr/bin/codedrill && ! -L /usr/bin/codedrill ]] || fail "/usr/bin/codedrill is still there"
hash -r; ! command -v codedrill > /dev/null || fail "codedrill is still on PATH"
[[ -f $config_dir/config.json ]] || fail "the user's config is gone"
[[ -f $data_dir/history.mv.db ]] || fail "the history database is gone"
[[ -f $data_dir/dind-tls/client/key.pem ]] || fail "the private daemon's client certificate is gone"
printf '[install-test] kept: %s\n' "$(cd "$data_dir" && ls | tr '\n' ' ')"

step "reinstall: history and certificates kept"
apt_install "$deb" || { show; fail "apt-get install $deb failed"; }
must codedrill history --json
expect "$submission" "the reinstalled app lost the submission ($submission)"
expect '"verdict" *: *"ACCEPTED"' "the reinstalled app lost the verdict"
# The daemon's settings hash covers its certificates: new ones would have replaced it.
must codedrill judge --problem two-sum --lang python --run "$solution"
expect "Reusing the running private Docker daemon" "the reinstalled app did not reuse the daemon (new certificates?)"
expect "^Accepted" "the reinstalled app did not judge the bundled solution"
must codedrill dind stop

step "remove"
must $SUDO apt-get purge -y -q codedrill
[[ ! -e /opt/codedrill ]] || fail "/opt/codedrill is still there"
step ""
