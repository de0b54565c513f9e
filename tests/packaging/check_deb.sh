#!/usr/bin/env bash
# Builds the .deb with CPack and checks it as a Debian packager would: lintian reports nothing that is
# not overridden with a reason, the programs are stripped and their symbols are in regionscope-dbgsym,
# the package stays small, the changelog, copyright and manual pages are there and the manual page of
# regionscope-cli holds every command's help. Then it unpacks the package into a scratch root (no root
# needed) and runs the packaged programs from there. Also checks `cmake --install` to a prefix.
set -euo pipefail
build_dir=$1
work_dir=$2
version=$3
id=org.regionscope.Regionscope
max_deb_bytes=$((8 * 1024 * 1024))

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

rm -rf "$work_dir"
mkdir -p "$work_dir"
(cd "$work_dir" && cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work_dir/out" >/dev/null)
deb=$(ls "$work_dir"/out/regionscope_"$version"*_*.deb)
dbgsym=$(ls "$work_dir"/out/regionscope-dbgsym_"$version"*_*.ddeb)
deb_bytes=$(stat -c %s "$deb")
echo "built $deb ($deb_bytes bytes), $dbgsym ($(stat -c %s "$dbgsym") bytes)"
[[ $deb_bytes -lt $max_deb_bytes ]] || fail "the package is $deb_bytes bytes, over $max_deb_bytes"

fields=$(dpkg-deb -f "$deb" Package Version Depends Description)
echo "$fields"
grep -q '^Package: regionscope$' <<<"$fields" || fail "wrong package name"
for dependency in libqt6widgets6 libqt6sql6-sqlite libicu72 libsqlite3-0; do
    grep -q "$dependency" <<<"$fields" || fail "missing dependency $dependency"
done
# The description reads as text in `apt show`: no list separator leaking in, no line over 79 columns.
description=$(dpkg-deb -f "$deb" Description)
grep -q '^ *;' <<<"$description" && fail "a description line starts with ';'"
awk 'length($0) > 80 { exit 1 }' <<<"$description" || fail "a description line is too long"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/regionscope ./usr/bin/regionscope-cli \
    ./usr/share/applications/$id.desktop ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg ./usr/share/icons/hicolor/48x48/apps/$id.png \
    ./usr/share/icons/hicolor/256x256/apps/$id.png ./usr/share/doc/regionscope/copyright \
    ./usr/share/doc/regionscope/changelog.gz ./usr/share/man/man1/regionscope.1.gz \
    ./usr/share/man/man1/regionscope-cli.1.gz ./usr/share/lintian/overrides/regionscope; do
    grep -q " $path\$" <<<"$contents" || fail "missing $path in the package"
done

# lintian: any error or warning fails unless the package's overrides file names it, and every
# override there comes after a comment giving its reason.
lintian_log="$work_dir/lintian.txt"
lintian --fail-on none --display-info --show-overrides "$deb" "$dbgsym" >"$lintian_log" 2>&1 ||
    { cat "$lintian_log" >&2; fail "lintian did not run"; }
echo "lintian:"
cat "$lintian_log"
if grep -E '^[EW]: ' "$lintian_log" >&2; then
    fail "lintian reports the errors or warnings above; fix them or override them with a reason in packaging/lintian-overrides"
fi

dpkg-deb -x "$deb" "$work_dir/root"
root=$work_dir/root
awk '/^#/ { reason = 1; next } /^[[:space:]]*$/ { reason = 0; next } !reason { bad = 1; print } END { exit bad }' \
    "$root/usr/share/lintian/overrides/regionscope" >&2 || fail "lintian overrides above lack a # reason"

for program in regionscope regionscope-cli; do
    file -b "$root/usr/bin/$program" | grep -q ', stripped' || fail "$program is not stripped"
done
grep -q '/usr/lib/debug/.build-id/.*\.debug$' <<<"$(dpkg-deb -c "$dbgsym")" || fail "no debug symbols in $dbgsym"
dpkg-deb -f "$dbgsym" Depends | grep -qx "regionscope (= $version)" || fail "dbgsym does not depend on regionscope"

# The changelog's newest entry is this version.
newest=$(zcat "$root/usr/share/doc/regionscope/changelog.gz" | sed -n 1p)
[[ $newest == "regionscope ($version) "* ]] || fail "changelog.gz starts with '$newest', not version $version"

# The unpacked programs run (private libraries, if any, are found through their RUNPATH).
"$root/usr/bin/regionscope" --version | grep -qx "regionscope $version"
"$root/usr/bin/regionscope-cli" --version | grep -qx "regionscope-cli $version"
"$root/usr/bin/regionscope" --help | grep -q '^Usage: regionscope '
"$root/usr/bin/regionscope-cli" --help | grep -q '^Usage: regionscope-cli '
# The unpacked CLI works on a fresh database (the search tokenizer registers with the system SQLite).
db="$work_dir/check.sqlite"
"$root/usr/bin/regionscope-cli" --db "$db" search 人才 | head -1 | grep -q '^id	title	date	region_code	score	snippet$'

# regionscope-cli(1) documents every command the packaged CLI lists, with that command's help as
# `regionscope-cli help COMMAND` prints it (compared as rendered text, whitespace collapsed).
normalize() { sed -e 's/usage: //g' -e "s/[‐−]/-/g; s/[‘’]/'/g; s/[“”]/\"/g" | tr -s ' \n\t' '   '; }
manual=$(MANWIDTH=2000 LC_ALL=C.UTF-8 man -l "$root/usr/share/man/man1/regionscope-cli.1.gz" 2>/dev/null | col -b | normalize)
commands=$("$root/usr/bin/regionscope-cli" help | awk '/^Commands:$/ { l = 1; next } l && /^  [a-z]/ { print $1 } l && /^$/ { l = 0 }')
[[ $(wc -w <<<"$commands") -ge 13 ]] || fail "regionscope-cli help lists too few commands: $commands"
for command in $commands; do
    help=$("$root/usr/bin/regionscope-cli" help "$command" | normalize)
    grep -qF -- "$help" <<<"$manual" || fail "regionscope-cli(1) lacks the help of '$command': $help"
done
gui_manual=$(MANWIDTH=80 LC_ALL=C.UTF-8 man -l "$root/usr/share/man/man1/regionscope.1.gz" 2>/dev/null)
grep -q 'regionscope-cli(1)' <<<"$gui_manual" || fail "regionscope(1) does not render"

cmake --install "$build_dir" --prefix "$work_dir/prefix" >/dev/null
test -x "$work_dir/prefix/bin/regionscope"
test -f "$work_dir/prefix/share/applications/$id.desktop"
"$work_dir/prefix/bin/regionscope" --version | grep -qx "regionscope $version"
echo "package OK"
