#!/usr/bin/env bash
# Writes regionscope.1.gz and regionscope-cli.1.gz from the programs' own help (help2man), so the
# manual pages cannot drift from --help: regionscope-cli(1) gets a COMMANDS section holding
# `regionscope-cli help COMMAND` for every command that `regionscope-cli help` lists.
#
#   make-manpages.sh HELP2MAN GUI CLI SOURCE_DIR OUTPUT_DIR
set -euo pipefail
help2man=$1
gui=$2
cli=$3
source_dir=$4
out=$5

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The default database path in the help names the user's home: render it as ~ rather than the
# builder's. No display is needed; the C locale's UTF-8 keeps the text as written.
export HOME=$scratch/home LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
unset XDG_DATA_HOME XDG_CONFIG_HOME
mkdir -p "$HOME" "$out"

# Turns `help COMMAND` text into roff: the usage lines as a no-fill block (continuations indented),
# "Options:" items as tagged paragraphs (a line indented further continues the item), the rest as
# paragraphs.
to_roff() {
    awk '
    function esc(s) { gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); return s }
    function text(s) { s = esc(s); if (s ~ /^[.\047]/) s = "\\&" s; return s }
    BEGIN { mode = "usage"; print ".nf" }
    mode == "usage" && /^$/ { print ".fi"; print ".PP"; mode = "text"; next }
    mode == "usage" && /^usage: / { print text(substr($0, 8)); next }
    mode == "usage" { sub(/^ +/, ""); if ($0 !~ /^regionscope-cli /) $0 = "    " $0; print text($0); next }
    /^$/ { pending = 1; next }
    /^Options:$/ { print ".PP"; print "Options:"; mode = "options"; pending = 0; next }
    mode == "options" && /^  -/ {
        line = substr($0, 3)
        if (match(line, /  +/)) { print ".TP"; print "\\fB" text(substr(line, 1, RSTART - 1)) "\\fR"; print text(substr(line, RSTART + RLENGTH)) }
        else { print ".TP"; print "\\fB" text(line) "\\fR" }
        pending = 0; next
    }
    mode == "options" && /^    / { sub(/^ +/, ""); print text($0); next }
    { if (pending || mode == "options") { print ".PP"; mode = "text" } pending = 0; print text($0) }
    END { if (mode == "usage") print ".fi" }
    '
}

commands=$("$cli" help | awk '/^Commands:$/ { listing = 1; next } listing && /^  [a-z]/ { print $1 } listing && /^$/ { listing = 0 }')
[[ -n $commands ]] || { echo "make-manpages.sh: $cli help lists no commands" >&2; exit 1; }
{
    echo "[COMMANDS]"
    echo "Each command also prints its usage with \\fBregionscope\\-cli help\\fR \\fICOMMAND\\fR or"
    echo "\\fBregionscope\\-cli\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR."
    for command in $commands; do
        echo ".SS $command"
        "$cli" help "$command" | to_roff
    done
} >"$scratch/commands.h2m"

# help2man runs the program through a wrapper of the same name that writes the home directory as ~.
run_help2man() {
    local program=$1 name=$2 summary=$3
    shift 3
    mkdir -p "$scratch/bin"
    printf '#!/bin/sh\n"%s" "$@" | sed "s|%s|~|g"\n' "$program" "$HOME" >"$scratch/bin/$name"
    chmod +x "$scratch/bin/$name"
    "$help2man" --no-info --name="$summary" --section=1 "$@" --output="$scratch/$name.1" "$scratch/bin/$name"
    gzip -9n -c "$scratch/$name.1" >"$out/$name.1.gz"
}
run_help2man "$gui" regionscope "read, compare and annotate Chinese regional government reports" \
    --include="$source_dir/packaging/man/regionscope.h2m"
run_help2man "$cli" regionscope-cli "command-line access to a Regionscope corpus" \
    --include="$scratch/commands.h2m" --include="$source_dir/packaging/man/regionscope-cli.h2m"
