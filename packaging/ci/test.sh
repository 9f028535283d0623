#!/usr/bin/env bash
# The test command (README): prepare the machine, run the whole suite under Xvfb, then the install test (the .deb
# built, installed, run, removed and reinstalled).
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$SECONDS
packaging/ci/prepare-machine.sh
echo "[test] machine ready in $((SECONDS - start)) s"
xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -B -ntp verify
echo "[test] suite done in $((SECONDS - start)) s"
packaging/ci/install-test.sh
echo "[test] done in $((SECONDS - start)) s"
