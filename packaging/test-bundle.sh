#!/usr/bin/env bash
# The frozen bundle proves itself (issue 16, "Must show"); a step of .ci/run after pytest.
# In a clean clone of this repository's committed state it builds the bundle and the .deb
# (packaging/build-bundle.sh), validates the menu entry and the AppStream metainfo, runs
# `samenplan selftest` from the bundle on a virtual X screen (exit 0), runs it again from a
# copy without the fonts (must fail on the fonts line), installs the .deb with dpkg, starts
# the installed /usr/bin/samenplan until its first window shows, closes it, removes the
# package and checks that nothing of it is left. Needs root (dpkg), Xvfb, xdotool, xprop.
# Every run uses its own temporary HOME and XDG folders; no real profile is touched.
set -eEuo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
passed=0
current="setting up"
xvfb_pid=""
app_pid=""

cleanup() {
  [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  if [ -n "${installed:-}" ] && dpkg-query -W samenplan >/dev/null 2>&1; then
    dpkg --purge samenplan >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "FAILED: $current" >&2; echo "bundle: $passed passed, 1 failed"' ERR

step() {
  current=$1
  echo "-- $1"
}
ok() {
  passed=$((passed + 1))
  echo "ok: $current"
}
fail() {
  echo "$1" >&2
  false
}

if [ "$(id -u)" != 0 ]; then
  echo "packaging/test-bundle.sh installs a Debian package: run it as root" >&2
  exit 1
fi
if dpkg-query -W -f='${Status}' samenplan 2>/dev/null | grep -q installed; then
  echo "samenplan is installed on this machine already; this test installs and removes it" >&2
  exit 1
fi

step "clean clone and build (packaging/build-bundle.sh)"
git clone -q "$repo" "$work/src"
bash "$work/src/packaging/build-bundle.sh" 2>&1 |
  { grep -v "WARNING: Location\|WARNING: Library .* required via ctypes not found" || true; }
bundle="$work/src/dist/samenplan"
deb=$(ls "$work/src/dist/"samenplan_*_amd64.deb)
[ -x "$bundle/samenplan" ] || fail "the build made no dist/samenplan/samenplan"
ok

step "desktop-file-validate and appstreamcli validate --no-net"
desktop-file-validate "$work/src/packaging/linux/nl.samenplan.Samenplan.desktop"
appstreamcli validate --no-net "$work/src/packaging/linux/nl.samenplan.Samenplan.metainfo.xml"
echo "nl.samenplan.Samenplan.desktop: valid"
ok

# From here on every program runs as a fresh user.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_STATE_HOME="$work/home/.local/state"
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

step "a virtual X screen"
# A display number of its own, far from xvfb-run's :99 and the :0 other tools take.
for number in $(seq 300 399); do
  [ -e "/tmp/.X$number-lock" ] && continue
  Xvfb ":$number" -screen 0 1280x1024x24 -nolisten tcp 2>/dev/null &
  xvfb_pid=$!
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$number" ] && break; sleep 0.1; done
  kill -0 "$xvfb_pid" 2>/dev/null && [ -e "/tmp/.X11-unix/X$number" ] && break
  kill "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""
done
[ -n "$xvfb_pid" ] || fail "Xvfb did not start"
export DISPLAY=":$number"
ok

step "selftest from the bundle (Qt's xcb platform)"
QT_QPA_PLATFORM=xcb "$bundle/samenplan" selftest
ok

step "selftest from a copy of the bundle without its fonts fails on the fonts line"
cp -a "$bundle" "$work/nofonts"
rm -r "$work/nofonts/_internal/"fontpkg_*/files
rc=0
QT_QPA_PLATFORM=xcb "$work/nofonts/samenplan" selftest >"$work/nofonts.out" 2>&1 || rc=$?
cat "$work/nofonts.out"
[ "$rc" = 1 ] || fail "selftest without fonts exited with $rc, not 1"
grep -q "^MISLUKT: fonts: " "$work/nofonts.out" || fail "no failed fonts line"
ok

step "dpkg -i $(basename "$deb")"
installed=1
dpkg -i "$deb" >/dev/null
[ "$(readlink /usr/bin/samenplan)" = /opt/samenplan/samenplan ] || fail "no /usr/bin/samenplan"
for file in /usr/share/applications/nl.samenplan.Samenplan.desktop \
  /usr/share/metainfo/nl.samenplan.Samenplan.metainfo.xml \
  /usr/share/icons/hicolor/48x48/apps/nl.samenplan.Samenplan.png; do
  [ -f "$file" ] || fail "the package did not install $file"
done
/usr/bin/samenplan --version
ok

step "the installed app shows its first window"
kill -0 "$xvfb_pid" || fail "the virtual X screen $DISPLAY is gone"
/usr/bin/samenplan >"$work/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 600); do
  window=$(xdotool search --onlyvisible --name '^samenplan' 2>/dev/null | head -n 1) || true
  [ -n "$window" ] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
[ -n "$window" ] || { cat "$work/app.log" >&2; fail "no samenplan window within 60 s"; }
echo "window: $(xdotool getwindowname "$window"); $(xprop -id "$window" WM_CLASS)"
xprop -id "$window" WM_CLASS | grep -q '"samenplan"' || fail "WM_CLASS does not match the menu entry's StartupWMClass"
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
app_pid=""
ok

step "dpkg --purge samenplan leaves nothing behind"
dpkg --purge samenplan >/dev/null
installed=""
for path in /opt/samenplan /usr/bin/samenplan /usr/share/applications/nl.samenplan.Samenplan.desktop \
  /usr/share/metainfo/nl.samenplan.Samenplan.metainfo.xml; do
  [ ! -e "$path" ] && [ ! -L "$path" ] || fail "$path is still there after removing the package"
done
ok

echo "bundle $(du -sh "$bundle" | cut -f1), $(basename "$deb") $(du -h "$deb" | cut -f1)"
echo "bundle: $passed passed, 0 failed"
