#!/usr/bin/env bash
# The Debian package, made from the frozen bundle in dist/samenplan/ (packaging/build-bundle.sh
# calls this): dist/samenplan_VERSION_amd64.deb, which installs the bundle to /opt/samenplan,
# `samenplan` to /usr/bin, the menu entry, the icons and the AppStream metainfo. No maintainer
# scripts: Debian's desktop-file-utils and icon-cache triggers see the new files themselves.
# zstd, not xz: 73 MB instead of 57 MB, but seconds instead of minutes of compression; dpkg
# reads it from 1.21.18 on (Debian 12, Ubuntu 21.10), older than the glibc 2.36 the bundle needs.
# usage: build-deb.sh VERSION PYTHON   (PYTHON has PySide6, to draw the icons)
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$1
python=$2
here=packaging/linux
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
share="$root/usr/share"
install -d "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$share/applications" "$share/metainfo" \
  "$share/icons" "$share/doc/samenplan"
cp -a dist/samenplan "$root/opt/samenplan"
ln -s /opt/samenplan/samenplan "$root/usr/bin/samenplan"
install -m 644 "$here/nl.samenplan.Samenplan.desktop" "$share/applications/"
install -m 644 "$here/nl.samenplan.Samenplan.metainfo.xml" "$share/metainfo/"
install -m 644 "$here/copyright" "$share/doc/samenplan/copyright"
"$python" "$here/icons.py" "$share/icons"
chmod -R u+rwX,go+rX,go-w "$root"
size=$(du -sk "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" "$here/control.in" >"$root/DEBIAN/control"
dpkg-deb --root-owner-group -Zzstd -z12 --build "$root" "dist/samenplan_${version}_amd64.deb" >/dev/null
echo "dist/samenplan_${version}_amd64.deb"
