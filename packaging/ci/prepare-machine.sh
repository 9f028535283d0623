#!/usr/bin/env bash
# Prepares a Debian 12 machine to run CodeDrill's tests: a Docker engine, Xvfb for the GUI tests, and the
# offline images (built from Debian packages; no registry needed). Safe to run again: it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { printf '[prepare] %s\n' "$*"; }
SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

need=()
command -v dockerd > /dev/null || need+=(docker.io iptables)
command -v debootstrap > /dev/null || need+=(debootstrap)
# The offline images are built only from packages verified against Debian's archive keyring.
[[ -s /usr/share/keyrings/debian-archive-keyring.gpg ]] || need+=(debian-archive-keyring)
command -v xvfb-run > /dev/null || need+=(xvfb xauth)
dpkg -s libgtk-3-0 > /dev/null 2>&1 || need+=(libgtk-3-0)
command -v fakeroot > /dev/null || need+=(fakeroot)
# PrivateDaemonTest runs a registry (loopback only) inside the DinD container to test pulls.
command -v docker-registry > /dev/null || need+=(docker-registry)
# The install test (packaging/ci/install-test.sh) looks for the installed app's window with xwininfo.
command -v xwininfo > /dev/null || need+=(x11-utils)
if (( ${#need[@]} )); then
  log "installing ${need[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi

if ! $SUDO docker info > /dev/null 2>&1; then
  log "starting dockerd"
  $SUDO sh -c 'nohup dockerd > /var/log/codedrill-dockerd.log 2>&1 &'
  for i in $(seq 1 60); do
    if $SUDO docker info > /dev/null 2>&1; then break; fi
    if (( i == 60 )); then log "dockerd did not come up in 60 s:"; $SUDO tail -n 30 /var/log/codedrill-dockerd.log; exit 1; fi
    sleep 1
  done
fi
log "Docker engine $($SUDO docker version -f '{{.Server.Version}}') is up"

$SUDO packaging/images/build-offline-images.sh
