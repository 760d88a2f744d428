#!/usr/bin/env bash
# Install the Debian packages listed in the given files (comments and blank lines ignored).
# Uses sudo when not run as root. Only installs what is missing.
set -euo pipefail
packages=$(grep -hv '^\s*#' "$@" | grep -v '^\s*$' | tr '\n' ' ')
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
