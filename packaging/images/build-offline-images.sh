#!/usr/bin/env bash
# Builds CodeDrill's offline images from Debian packages only (no container registry needed):
#   codedrill/runner:offline  Python 3, Node.js, a JDK, g++, Go and PHP: what every language runs in
#   codedrill/dind:offline    dockerd for the private Docker-in-Docker daemon (no entrypoint)
# Each image carries the label dev.codedrill.recipe=<hash of its recipe>; an image whose label matches
# the current recipe is kept, so running this again costs a few seconds.
# Needs: root, debootstrap, a running Docker engine, a reachable Debian mirror (DEBIAN_MIRROR, default:
# the first one in the apt sources).
set -euo pipefail

SUITE=${DEBIAN_SUITE:-bookworm}
RUNNER_IMAGE=${RUNNER_IMAGE:-codedrill/runner:offline}
DIND_IMAGE=${DIND_IMAGE:-codedrill/dind:offline}
RUNNER_PACKAGES=python3,nodejs,openjdk-17-jdk-headless,g++,golang-go,php-cli,procps,coreutils
DIND_PACKAGES=docker.io,iptables,ca-certificates,procps
RECIPE_VERSION=1   # bump when the build steps below change in a way the package lists do not show

log() { printf '[offline-images] %s\n' "$*"; }

mirror() {
  if [[ -n "${DEBIAN_MIRROR:-}" ]]; then echo "$DEBIAN_MIRROR"; return; fi
  local m
  m=$(grep -hoE '^(URIs:|deb)\s+https?://[^ ]+/debian/?(\s|$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
        | grep -v security | head -n1 | awk '{print $2}')
  echo "${m:-http://deb.debian.org/debian}"
}

recipe_hash() { # $1 = packages, $2 = extra recipe text
  printf 'v%s|%s|%s|%s' "$RECIPE_VERSION" "$SUITE" "$1" "$2" | sha256sum | cut -c1-16
}

current_label() {
  docker image inspect -f '{{ index .Config.Labels "dev.codedrill.recipe" }}' "$1" 2>/dev/null || true
}

# $1 image, $2 packages, $3 extra recipe text, $4 post-step function name, $5... docker import --change lines
build_image() {
  local image=$1 packages=$2 extra=$3 post=$4; shift 4
  local hash; hash=$(recipe_hash "$packages" "$extra")
  if [[ "$(current_label "$image")" == "$hash" ]]; then
    log "$image is up to date (recipe $hash): kept"
    return
  fi
  local rootfs; rootfs=$(mktemp -d /var/tmp/codedrill-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' RETURN
  local start=$SECONDS
  log "building $image (recipe $hash) from $(mirror) ..."
  debootstrap --variant=minbase --include="$packages" "$SUITE" "$rootfs" "$(mirror)" > "$rootfs.log" 2>&1 \
    || { tail -n 30 "$rootfs.log"; log "debootstrap failed for $image"; exit 1; }
  rm -f "$rootfs.log"
  "$post" "$rootfs"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
         "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/*
  local changes=(--change "LABEL dev.codedrill.recipe=$hash" --change "LABEL dev.codedrill.app=codedrill")
  for c in "$@"; do changes+=(--change "$c"); done
  tar --numeric-owner -C "$rootfs" -c . | docker import "${changes[@]}" - "$image" > /dev/null
  log "built $image in $((SECONDS - start)) s ($(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}'))"
}

runner_post() {
  # Work dir the sandbox user (65534) owns; the container mounts a tmpfs volume over it at run time.
  mkdir -p "$1/work" && chown 65534:65534 "$1/work"
}

dind_post() {
  mkdir -p "$1/certs" "$1/var/lib/docker"
}

command -v debootstrap > /dev/null || { log "debootstrap is missing: apt-get install -y debootstrap"; exit 1; }
docker info > /dev/null 2>&1 || { log "no Docker engine answers (is dockerd running?)"; exit 1; }

build_image "$RUNNER_IMAGE" "$RUNNER_PACKAGES" "work=/work" runner_post \
  "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" "ENV LANG=C.UTF-8" "WORKDIR /work"
build_image "$DIND_IMAGE" "$DIND_PACKAGES" "certs=/certs" dind_post \
  "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" "VOLUME /var/lib/docker"
log "done: $RUNNER_IMAGE, $DIND_IMAGE"
