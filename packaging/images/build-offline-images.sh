#!/usr/bin/env bash
# Builds CodeDrill's offline images from Debian packages only (no container registry needed):
#   codedrill/runner:offline  Python 3, Node.js, a JDK, g++, Go, PHP and Rust: what every language runs in
#   codedrill/dind:offline    dockerd for the private Docker-in-Docker daemon (no entrypoint)
# Each image carries the label dev.codedrill.recipe=<hash of its recipe>; an image whose label matches
# the current recipe is kept, so running this again costs a few seconds.
# Needs: root, debootstrap, debian-archive-keyring, a running Docker engine, a reachable Debian mirror
# (DEBIAN_MIRROR, default: the first one in the apt sources) and its security suite (DEBIAN_SECURITY_MIRROR).
# What is installed is verified: debootstrap checks the Release file's signature against Debian's archive keyring
# (DEBIAN_KEYRING; never skipped: without the keyring the build stops), apt checks the updates and the security suite
# the same way, and each image's id is appended to the record (IMAGE_RECORD) with its recipe and the time.
set -euo pipefail

SUITE=${DEBIAN_SUITE:-bookworm}
RUNNER_IMAGE=${RUNNER_IMAGE:-codedrill/runner:offline}
DIND_IMAGE=${DIND_IMAGE:-codedrill/dind:offline}
RUNNER_PACKAGES=python3,nodejs,openjdk-17-jdk-headless,g++,golang-go,php-cli,rustc,procps,coreutils
# runsc: gVisor, the stronger sandbox runtime a config can choose ("sandbox": {"runtime": "runsc"})
DIND_PACKAGES=docker.io,iptables,ca-certificates,procps,runsc
RECIPE_VERSION=2   # bump when the build steps below change in a way the package lists do not show
KEYRING=${DEBIAN_KEYRING:-/usr/share/keyrings/debian-archive-keyring.gpg}
IMAGE_RECORD=${IMAGE_RECORD:-/var/lib/codedrill/offline-images.log}

log() { printf '[offline-images] %s\n' "$*"; }

mirror() {
  if [[ -n "${DEBIAN_MIRROR:-}" ]]; then echo "$DEBIAN_MIRROR"; return; fi
  local m
  m=$(grep -hoE '^(URIs:|deb)\s+https?://[^ ]+/debian/?(\s|$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
        | grep -v security | head -n1 | awk '{print $2}')
  echo "${m:-http://deb.debian.org/debian}"
}

security_mirror() {
  if [[ -n "${DEBIAN_SECURITY_MIRROR:-}" ]]; then echo "$DEBIAN_SECURITY_MIRROR"; return; fi
  local m
  m=$(grep -hoE '^(URIs:|deb)\s+https?://[^ ]+/debian-security/?(\s|$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list 2>/dev/null \
        | head -n1 | awk '{print $2}')
  echo "${m:-http://deb.debian.org/debian-security}"
}

# The suite's updates and security fixes, checked by apt against the same keyring, before anything else is done.
security_upgrade() {
  local root=$1
  cat > "$root/etc/apt/sources.list" <<SOURCES
deb $(mirror) $SUITE main
deb $(mirror) $SUITE-updates main
deb $(security_mirror) $SUITE-security main
SOURCES
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  mount -t proc proc "$root/proc"
  local rc=0
  { chroot "$root" apt-get -q update && DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get -q -y upgrade; } \
    > "$root.apt.log" 2>&1 || rc=$?
  umount "$root/proc"
  if [[ $rc != 0 ]]; then tail -n 30 "$root.apt.log"; rm -f "$root.apt.log"; log "the security upgrade failed"; exit 1; fi
  log "security suite applied: $(grep -cE '^(Inst|Setting up) ' "$root.apt.log" || true) package steps"
  rm -f "$root.apt.log"
}

record() { # $1 image, $2 recipe hash
  local id; id=$(docker image inspect -f '{{.Id}}' "$1")
  mkdir -p "$(dirname "$IMAGE_RECORD")"
  printf '%s %s %s recipe=%s suite=%s+updates+security keyring=%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$1" "$id" \
    "$2" "$SUITE" "$(sha256sum "$KEYRING" | cut -c1-16)" >> "$IMAGE_RECORD"
  log "recorded $1 = $id in $IMAGE_RECORD"
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
  debootstrap --variant=minbase --keyring="$KEYRING" --include="$packages" "$SUITE" "$rootfs" "$(mirror)" \
    > "$rootfs.log" 2>&1 || { tail -n 30 "$rootfs.log"; log "debootstrap failed for $image"; exit 1; }
  grep -q "Valid Release signature" "$rootfs.log" \
    || { tail -n 30 "$rootfs.log"; log "debootstrap did not verify the Release signature for $image"; exit 1; }
  rm -f "$rootfs.log"
  security_upgrade "$rootfs"
  "$post" "$rootfs"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
         "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/*
  local changes=(--change "LABEL dev.codedrill.recipe=$hash" --change "LABEL dev.codedrill.app=codedrill")
  for c in "$@"; do changes+=(--change "$c"); done
  tar --numeric-owner -C "$rootfs" -c . | docker import "${changes[@]}" - "$image" > /dev/null
  log "built $image in $((SECONDS - start)) s ($(docker image inspect -f '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}'))"
  record "$image" "$hash"
}

runner_post() {
  # Work dir the sandbox user (65534) owns; the container mounts a tmpfs volume over it at run time.
  mkdir -p "$1/work" && chown 65534:65534 "$1/work"
  warm_compilers "$1"
}

# Two things that take the slow part out of compiling a new submission (each judged run compiles afresh):
# - a precompiled bits/stdc++.h, made with the very flags of CodeDrill's C++ compile (CppHarness.COMPILE); g++ uses it
#   for a file whose first include is that header (a learner's own program that includes it) and ignores it
#   otherwise: ~3 s -> ~1 s;
# - the same less <future> and <filesystem> at $LEAN_HEADER (CppHarness.LEAN_LIBRARY), precompiled too: the harness's
#   first include, unless the learner's code uses a name of those two headers, whose templates cost 130 ms of every
#   compile even when unused;
# - a class-data-sharing archive of javac's classes at $JAVAC_ARCHIVE (JavaHarness.JAVAC_ARCHIVE), made with javac's
#   own flags there; a JVM that finds no archive there, or one it cannot use, just starts without it: ~1.3 s -> ~0.6 s.
JAVAC_ARCHIVE=/opt/codedrill/javac.jsa
LEAN_HEADER_DIR=usr/local/include/codedrill
LEAN_HEADER=$LEAN_HEADER_DIR/std.h
warm_compilers() {
  local root=$1
  mount -t proc proc "$root/proc"   # the JVM reads /proc/self; unmounted below before anything else happens
  local rc=0
  ( set -euo pipefail
  local header; header=$(cd "$root" && ls usr/include/x86_64-linux-gnu/c++/*/bits/stdc++.h usr/include/*-linux-gnu/c++/*/bits/stdc++.h 2>/dev/null | head -n1)
  [[ -n "$header" ]] || { log "no bits/stdc++.h in the runner image"; exit 1; }
  chroot "$root" g++ -std=c++17 -O2 -x c++-header "/$header" -o "/$header.gch"
  mkdir -p "$root/$LEAN_HEADER_DIR"
  grep -vE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(future|filesystem)>' "$root/$header" > "$root/$LEAN_HEADER"
  chroot "$root" g++ -std=c++17 -O2 -x c++-header "/$LEAN_HEADER" -o "/$LEAN_HEADER.gch"
  mkdir -p "$root/opt/codedrill/warm"
  cat > "$root/opt/codedrill/warm/Main.java" <<'JAVA'
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

class Node { int val; Node next; Node(int v) { val = v; } }

public class Main {
    interface Visitor<T> { T visit(Node n); }
    record Pair(int a, String b) { }
    enum Kind { ONE, TWO }

    static <T extends Comparable<T>> T max(List<T> xs) { return xs.stream().max(Comparator.naturalOrder()).orElseThrow(); }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Map<String, List<Integer>> groups = new HashMap<>();
        Deque<int[]> queue = new ArrayDeque<>();
        PriorityQueue<Pair> heap = new PriorityQueue<>(Comparator.comparingInt(Pair::a).thenComparing(Pair::b));
        TreeMap<Long, Kind> sorted = new TreeMap<>();
        Function<Integer, String> show = i -> switch (i) { case 0 -> "zero"; default -> String.valueOf(i); };
        int[][] grid = new int[3][3];
        StringBuilder out = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            groups.computeIfAbsent(line, k -> new ArrayList<>()).add(line.length());
        }
        try {
            out.append(max(Arrays.asList(1, 2, 3))).append(show.apply(0)).append(grid.length);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
        System.out.println(out + groups.entrySet().stream().map(Object::toString).collect(Collectors.joining(",")));
    }
}
JAVA
  mkdir -p "$root/tmp/warm-out"
  chroot "$root" javac -encoding UTF-8 -J-XX:+UseSerialGC -J-XX:-UsePerfData -J-XX:TieredStopAtLevel=1 \
    "-J-XX:ArchiveClassesAtExit=$JAVAC_ARCHIVE" -d /tmp/warm-out /opt/codedrill/warm/Main.java > /dev/null
  rm -rf "$root/tmp/warm-out" "$root/opt/codedrill/warm"
  [[ -s "$root$JAVAC_ARCHIVE" ]] || { log "javac's class-data archive was not made"; exit 1; }
  [[ -s "$root/$LEAN_HEADER.gch" ]] || { log "the lean standard library header was not precompiled"; exit 1; }
  log "warmed the compilers: $(du -m "$root/$header.gch" | cut -f1) + $(du -m "$root/$LEAN_HEADER.gch" | cut -f1) MB precompiled headers, $(du -m "$root$JAVAC_ARCHIVE" | cut -f1) MB javac archive"
  ) || rc=$?
  umount "$root/proc"
  [[ $rc == 0 ]] || { log "warming the compilers failed"; exit 1; }
}

dind_post() {
  mkdir -p "$1/certs" "$1/var/lib/docker" "$1/etc/docker"
  # gVisor registered with the inner dockerd. Its own network stack stays off: the sandboxes have no network, and
  # gVisor refuses to set one up in a nested daemon's network namespace.
  cat > "$1/etc/docker/daemon.json" <<'JSON'
{
  "runtimes": {
    "runsc": { "path": "/usr/bin/runsc", "runtimeArgs": ["--network=none"] }
  }
}
JSON
}

command -v debootstrap > /dev/null || { log "debootstrap is missing: apt-get install -y debootstrap"; exit 1; }
[[ -s "$KEYRING" ]] || { log "Debian's archive keyring $KEYRING is missing (apt-get install -y debian-archive-keyring):"\
  "the packages would not be verified"; exit 1; }
docker info > /dev/null 2>&1 || { log "no Docker engine answers (is dockerd running?)"; exit 1; }

build_image "$RUNNER_IMAGE" "$RUNNER_PACKAGES" "work=/work|warm-compilers=2" runner_post \
  "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" "ENV LANG=C.UTF-8" "WORKDIR /work"
build_image "$DIND_IMAGE" "$DIND_PACKAGES" "certs=/certs|daemon.json=runsc" dind_post \
  "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" "VOLUME /var/lib/docker"
log "done: $RUNNER_IMAGE, $DIND_IMAGE"
