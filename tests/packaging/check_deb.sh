#!/usr/bin/env bash
# Builds the .deb with CPack, checks its metadata and contents, unpacks it into a temporary directory
# (no root needed) and runs the packaged programs' --version. Also checks `cmake --install` to a prefix.
set -euo pipefail
build_dir=$1
work_dir=$2
version=$3
id=org.regionscope.Regionscope

rm -rf "$work_dir"
mkdir -p "$work_dir"
(cd "$work_dir" && cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work_dir/out" >/dev/null)
deb=$(ls "$work_dir"/out/regionscope_"$version"*_*.deb)
echo "built $deb"

fields=$(dpkg-deb -f "$deb" Package Version Depends)
echo "$fields"
grep -q '^Package: regionscope$' <<<"$fields"
for dependency in libqt6widgets6 libqt6sql6-sqlite libicu72 libsqlite3-0; do
    grep -q "$dependency" <<<"$fields" || { echo "missing dependency $dependency" >&2; exit 1; }
done

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/regionscope ./usr/bin/regionscope-cli \
    ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg ./usr/share/icons/hicolor/48x48/apps/$id.png \
    ./usr/share/icons/hicolor/256x256/apps/$id.png ./usr/share/doc/regionscope/copyright; do
    grep -q " $path\$" <<<"$contents" || { echo "missing $path in the package" >&2; exit 1; }
done

dpkg-deb -x "$deb" "$work_dir/root"
"$work_dir/root/usr/bin/regionscope" --version | grep -qx "regionscope $version"
"$work_dir/root/usr/bin/regionscope-cli" --version | grep -qx "regionscope-cli $version"
# The unpacked CLI works on a fresh database (the search tokenizer registers with the system SQLite).
db="$work_dir/check.sqlite"
"$work_dir/root/usr/bin/regionscope-cli" --db "$db" search 人才 | head -1 | grep -q '^id	title	date	region_code	score	snippet$'

cmake --install "$build_dir" --prefix "$work_dir/prefix" >/dev/null
test -x "$work_dir/prefix/bin/regionscope"
test -f "$work_dir/prefix/share/applications/$id.desktop"
"$work_dir/prefix/bin/regionscope" --version | grep -qx "regionscope $version"
echo "package OK"
