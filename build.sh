#!/usr/bin/env bash
# Regionscope build helper. Installs the Debian packages it needs (when missing), configures, builds,
# then runs the app, the tests or the benchmarks.
#
#   ./build.sh run [ARGS...]   build and start the GUI on the default database (ARGS go to regionscope)
#   ./build.sh test            build and run every test (headless)
#   ./build.sh dev             the same with the dev preset's flags (every warning an error), after checking
#                              that every .cpp and .h is formatted as .clang-format says (CI runs this)
#   ./build.sh format          only the formatting check (clang-format; fails on any difference)
#   ./build.sh bench           build and print the benchmark figures
#   ./build.sh deps            only install the Debian packages
#   ./build.sh build           only configure and build
#   ./build.sh sanitize        build the tests with clang, ASan + UBSan and run them (in build-sanitize)
#   ./build.sh fuzz [SECONDS]  run each libFuzzer target for SECONDS (default 60), fail on any crash
#   ./build.sh closure         install, configure, then fail if the build or the tests use a package that
#                              the lists below do not pull in (tools/check-package-closure)
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo), JOBS (default: nproc),
# SANITIZE_BUILD_DIR (default build-sanitize; sanitize and fuzz share it).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=${BUILD_DIR:-$here/build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
jobs=${JOBS:-$(nproc)}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    libgl-dev libegl-dev libglu1-mesa-dev libicu-dev libsqlite3-dev libzip-dev libxlsxwriter-dev poppler-utils libxml2-utils
    libpoppler-qt6-dev poppler-data
    fonts-noto-cjk qt6-translations-l10n
    desktop-file-utils appstream help2man lintian
    clang-format
    postgresql-15
)
# Only for sanitize and fuzz: libFuzzer and the sanitizer runtimes come with clang's compiler-rt.
sanitize_packages=(clang-14 libclang-rt-14-dev llvm-14)
sanitize_dir=${SANITIZE_BUILD_DIR:-$here/build-sanitize}
# Programs the tests and CI run (the closure check makes sure build.sh installs their packages).
test_tools=(xmllint pdftotext desktop-file-validate appstreamcli lintian help2man dpkg-deb clang-format
    /usr/lib/postgresql/15/bin/initdb /usr/lib/postgresql/15/bin/pg_ctl /usr/lib/postgresql/15/bin/postgres runuser)
# Used when present (the tests that need them skip otherwise), so checked only where installed.
optional_test_tools=(soffice libreoffice)
sanitize_tools=(clang++-14 /usr/lib/llvm-14/bin/llvm-symbolizer)

install_deps() {
    local missing=()
    for package in "${packages[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "build.sh: installing ${missing[*]}" >&2
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "$@"
    cmake --build "$build_dir" --parallel "$jobs"
}

# One clang build serves the sanitizer suite and the fuzzers (the fuzzers need ASan + UBSan too), so CI
# compiles the project a second time only once. -O1 keeps the tests fast under ASan without the compile
# time of -O2; line tables are enough for symbolized reports.
build_sanitized() {
    install_deps "${sanitize_packages[@]}"
    cmake -S "$here" -B "$sanitize_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Sanitize \
        -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -gline-tables-only" -DREGIONSCOPE_FUZZ=ON
    cmake --build "$sanitize_dir" --parallel "$jobs" --target "$@"
}

check_closure() {
    install_deps "${sanitize_packages[@]}"
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
    local tool_args=() tool
    for tool in "${test_tools[@]}"; do tool_args+=(--tool "$tool"); done
    for tool in "${optional_test_tools[@]}"; do tool_args+=(--optional-tool "$tool"); done
    "$here/tools/check-package-closure" --cmake-cache "$build_dir/CMakeCache.txt" "${tool_args[@]}" \
        -- "${packages[@]}"
    tool_args=()
    for tool in "${sanitize_tools[@]}"; do tool_args+=(--tool "$tool"); done
    "$here/tools/check-package-closure" "${tool_args[@]}" -- "${packages[@]}" "${sanitize_packages[@]}"
}

# Every C++ file of the repository as .clang-format wants it; prints the files that differ.
check_format() {
    local files=() file failed=0
    if git -C "$here" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        mapfile -t files < <(git -C "$here" ls-files '*.cpp' '*.h')
    else
        mapfile -t files < <(cd "$here" && find app ui tests -name '*.cpp' -o -name '*.h' | sort)
    fi
    # One clang-format for all files: it names each file that differs in its diagnostics.
    local unformatted
    unformatted=$(cd "$here" && clang-format --dry-run -Werror --style=file "${files[@]}" 2>&1 |
        sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: .*clang-format-violations.*/\1/p' | sort -u) || true
    for file in $unformatted; do
        echo "build.sh: $file is not formatted (clang-format -i $file)" >&2
        failed=1
    done
    [[ $failed -eq 0 ]] && echo "build.sh: ${#files[@]} files formatted as .clang-format says"
    return $failed
}

sanitizer_environment() {
    export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
    export ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$here/tests/sanitize/lsan.supp:print_suppressions=0
}

# Runs every target for the given time, $jobs at a time. New inputs go to the build tree, never to
# the seed corpus in tests/fuzz/corpus; crashing inputs are kept for the regression test.
run_fuzzers() {
    local seconds=$1 out=$sanitize_dir/fuzz running=0 failed=0 targets=() target
    for dir in "$here"/tests/fuzz/corpus/*/; do targets+=("$(basename "$dir")"); done
    for target in "${targets[@]}"; do
        rm -rf "$out/$target/crashes" "$out/$target/rc"
        mkdir -p "$out/$target/corpus" "$out/$target/crashes"
        (
            set +e
            "$sanitize_dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
                -artifact_prefix="$out/$target/crashes/" "$out/$target/corpus" \
                "$here/tests/fuzz/corpus/$target" >"$out/$target/log" 2>&1
            echo $? >"$out/$target/rc"
        ) &
        running=$((running + 1))
        if [[ $running -ge $jobs ]]; then
            wait -n || true
            running=$((running - 1))
        fi
    done
    wait
    for target in "${targets[@]}"; do
        local runs
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$target/log")
        if [[ $(cat "$out/$target/rc") != 0 || -n $(ls -A "$out/$target/crashes") ]]; then
            failed=1
            tail -n 60 "$out/$target/log" >&2
            echo "build.sh: $target FAILED; the input is in $out/$target/crashes" >&2
        else
            echo "build.sh: $target: ${runs:-?} inputs in ${seconds} s, no crash"
        fi
    done
    return $failed
}

command=${1:-run}
[[ $# -gt 0 ]] && shift
case $command in
    deps)
        install_deps ;;
    closure)
        check_closure ;;
    build)
        install_deps
        configure_and_build "$@" ;;
    run)
        install_deps
        configure_and_build
        exec "$build_dir/ui/regionscope" "$@" ;;
    test)
        install_deps
        configure_and_build
        cd "$build_dir"
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" ;;
    dev)
        # The build the tests run on is the dev one, so CI compiles the project once for both.
        install_deps
        status=0
        check_format || status=1
        configure_and_build -DREGIONSCOPE_WERROR=ON
        cd "$build_dir"
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" || status=1
        exit $status ;;
    format)
        install_deps
        check_format ;;
    sanitize)
        build_sanitized regionscope_tests
        sanitizer_environment
        cd "$sanitize_dir"
        # The packaging tests check the .deb and install layout, not code; a package of instrumented
        # binaries says nothing, and cpack would need every target built.
        QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs" --exclude-regex '^packaging_' ;;
    fuzz)
        build_sanitized $(cd "$here/tests/fuzz/corpus" && ls)
        sanitizer_environment
        run_fuzzers "${1:-60}" ;;
    bench)
        install_deps
        configure_and_build
        "$build_dir/tests/bench/regionscope-bench" "$@" ;;
    *)
        sed -n '2,20p' "$0"
        exit 2 ;;
esac
