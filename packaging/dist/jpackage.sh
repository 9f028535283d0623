#!/usr/bin/env bash
# Builds CodeDrill's installers for the OS it runs on with the JDK's jpackage (README, "Building the installers"):
#   Linux: an app image, a .deb and an .rpm (the .rpm when rpmbuild is installed); Windows: an .msi (needs WiX 3);
#   macOS: a .dmg.
# Maven's dist profile calls it after the shaded jar is built: ./mvnw -Pdist package
#   jpackage.sh --version 0.1.0-SNAPSHOT --jar target/codedrill.jar --out target/dist [--types "deb"] [--jdk DIR]
# --types (or CODEDRILL_DIST_TYPES; Maven: -Ddist.types=…) picks some of the OS's types (Linux: deb rpm; Windows:
# msi exe; macOS: dmg pkg); the app image is always made. Empty: every default type of the OS that can be built here.
set -euo pipefail
cd "$(dirname "$0")/../.."

version="" jar="target/codedrill.jar" out="target/dist" types="${CODEDRILL_DIST_TYPES:-}" jdk="${JAVA_HOME:-}"
while (( $# )); do
  case "$1" in
    --version) version=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --types) types=$2; shift 2 ;;
    --jdk) jdk=$2; shift 2 ;;
    *) echo "jpackage.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
log() { printf '[dist %3d s] %s\n' "$SECONDS" "$*"; }
fail() { printf '[dist] ERROR: %s\n' "$*" >&2; exit 1; }
[[ -n $version ]] || fail "--version is required (Maven passes the pom's)"
[[ -f $jar ]] || fail "no jar at $jar: build it first (./mvnw package)"
# The JDK's tools: from --jdk (Maven passes the JDK it runs on), else JAVA_HOME, else PATH.
tool() {
  if [[ -n $jdk ]] && [[ -x $jdk/bin/$1 || -x $jdk/bin/$1.exe ]]; then echo "$jdk/bin/$1"; else command -v "$1"; fi
}
JPACKAGE=$(tool jpackage) || fail "no jpackage: it comes with JDK 17 or newer"
JLINK=$(tool jlink) || fail "no jlink in the JDK"
JDEPS=$(tool jdeps) || fail "no jdeps in the JDK"

# jpackage takes only numbers: 0.1.0-SNAPSHOT → 0.1.0.
app_version=${version%%-*}
[[ $app_version =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "version '$version' does not start with 1 to 3 numbers"

VENDOR="The CodeDrill authors"
DESCRIPTION="Practise programming problems offline; solutions run in a private Docker-in-Docker sandbox."
COPYRIGHT="Copyright (c) 2026 The CodeDrill authors (MIT)"

case "$(uname -s)" in
  # On Linux the launcher is the command: /opt/codedrill/bin/codedrill (linked from /usr/bin/codedrill).
  Linux) os=linux; name=codedrill; icon=packaging/icon/codedrill.png; default_types="deb rpm" ;;
  Darwin) os=mac; name=CodeDrill; icon=packaging/icon/codedrill.icns; default_types="dmg" ;;
  MINGW* | MSYS* | CYGWIN*) os=windows; name=CodeDrill; icon=packaging/icon/codedrill.ico; default_types="msi" ;;
  *) fail "unsupported OS $(uname -s)" ;;
esac
if [[ -z $types ]]; then
  types=$default_types
  if [[ $os == linux ]] && ! command -v rpmbuild > /dev/null; then
    log "no rpmbuild here: skipping the .rpm (apt-get install rpm, or dnf install rpm-build, to build it)"
    types=deb
  fi
fi
for type in $types; do
  case $os:$type in
    linux:deb | linux:rpm | windows:msi | windows:exe | mac:dmg | mac:pkg) ;;
    *) fail "jpackage makes no '$type' on $os (Linux: deb rpm; Windows: msi exe; macOS: dmg pkg)" ;;
  esac
done

# The modules the app needs, for jlink: what jdeps --print-module-deps finds in the shaded jar (checked below), and
# jdk.crypto.ec, which jdeps cannot see: a security provider, loaded for the ECDHE key exchange of the TLS to the
# private daemon.
MODULES="java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.scripting"
MODULES+=",java.security.jgss,java.sql,jdk.jfr,jdk.net,jdk.unsupported,jdk.crypto.ec"

work=target/jpackage
rm -rf "$work" "$out"
mkdir -p "$work/input" "$out"

log "checking the module list against jdeps"
needed=$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" | tr -d '\r')
for module in ${needed//,/ }; do
  [[ ",$MODULES," == *",$module,"* ]] || fail "the jar needs module $module: add it to MODULES in $0"
done

# The app's folder (lib/app on Linux, app/ on Windows, Contents/app on macOS) gets the jar and the problems beside
# it, where AppContext looks for them.
cp "$jar" "$work/input/codedrill.jar"
cp -r problems "$work/input/problems"

log "jlink: a runtime of $MODULES"
"$JLINK" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --output "$work/runtime"

# jpackage refuses a first number 0 on macOS (CFBundleVersion): there a 0.x build is bundle version 1.0.0, and
# codedrill --version tells the real one.
[[ $os == mac && $app_version == 0* ]] && app_version=1.0.0
common=(--name "$name" --app-version "$app_version" --vendor "$VENDOR" --description "$DESCRIPTION"
  --copyright "$COPYRIGHT" --icon "$icon" --dest "$out")
image_args=(--input "$work/input" --main-jar codedrill.jar --main-class dev.codedrill.main.Launcher
  --runtime-image "$work/runtime")
case $os in
  mac)
    image_args+=(--mac-package-identifier dev.codedrill.app --mac-package-name CodeDrill) ;;
  windows)
    # The main launcher has no console (the GUI from the Start menu); codedrill-cli.exe is the same app with one,
    # for the commands (a second "codedrill" would clash with CodeDrill.exe on a case-insensitive file system).
    printf 'win-console=true\n' > "$work/cli-launcher.properties"
    image_args+=(--add-launcher "codedrill-cli=$work/cli-launcher.properties") ;;
esac

# Class-data sharing (Linux): the classes the app loads until its window is browsable, listed by one run of the app
# here (quitting once shown, starting no daemon; its config and data in a temporary home). The installers' postinst
# runs class-archive.sh (shipped beside the jar), which dumps them, with the JDK's, into lib/app/codedrill.jsa, where
# the jar has its installed path (an archive records the class path it was made with); the launcher's options name
# it, and a JVM without it starts as before.
if [[ $os == linux ]]; then
  cp packaging/dist/class-archive.sh "$work/input/class-archive.sh"
  log "class list for class-data sharing (one run of the app)"
  display=()
  if [[ -z ${DISPLAY:-} ]] && command -v xvfb-run > /dev/null; then display=(xvfb-run -a); fi
  if [[ -n ${DISPLAY:-} || ${#display[@]} -gt 0 ]]; then
    home=$(mktemp -d)
    if ! HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share timeout 180 "${display[@]}" \
        "$work/runtime/bin/java" -XX:DumpLoadedClassList="$work/input/codedrill.classlist" \
        -Dcodedrill.exitWhenShown=true -jar "$work/input/codedrill.jar" > "$work/classlist.log" 2>&1 \
        || [[ ! -s $work/input/codedrill.classlist ]]; then
      tail -n 20 "$work/classlist.log" >&2
      fail "the app's run for the class list failed (its output above)"
    fi
    rm -rf "$home"
    log "  $(wc -l < "$work/input/codedrill.classlist") classes"
  else
    log "no display and no xvfb-run here: the installers will start the app without class-data sharing"
  fi
  image_args+=(--java-options '-XX:SharedArchiveFile=$APPDIR/codedrill.jsa')
fi

log "jpackage: app image"
"$JPACKAGE" --type app-image "${common[@]}" "${image_args[@]}"
image="$out/$name"; [[ $os == mac ]] && image="$out/$name.app"

for type in $types; do
  log "jpackage: $type"
  package_args=(--type "$type" --app-image "$image" --license-file LICENSE)
  case $type in
    deb | rpm)
      # packaging/dist/linux overrides jpackage's desktop entry (to name it CodeDrill) and its install scripts
      # (to link /usr/bin/codedrill to /opt/codedrill/bin/codedrill, and unlink it on removal).
      package_args+=(--resource-dir packaging/dist/linux --linux-shortcut --linux-menu-group "Development;Education;"
        --linux-app-release 1)
      if [[ $type == deb ]]; then
        package_args+=(--linux-app-category devel --linux-package-deps libgtk-3-0)
      else
        package_args+=(--linux-rpm-license-type MIT --linux-package-deps gtk3)
      fi ;;
    msi | exe)
      # A fixed upgrade code: a newer .msi replaces the installed version.
      package_args+=(--win-upgrade-uuid 6f1c3e2a-8d4b-4c7e-9a51-2b7d0e6c9f34 --win-menu --win-menu-group CodeDrill
        --win-shortcut --win-dir-chooser) ;;
  esac
  "$JPACKAGE" "${package_args[@]}" "${common[@]}"
done

log "done:"
for f in "$out"/*; do log "  $(du -sh "$f" | cut -f1)	$f"; done
