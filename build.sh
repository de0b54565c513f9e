#!/usr/bin/env bash
# Regionscope build helper. Installs the Debian packages it needs (when missing), configures, builds,
# then runs the app, the tests or the benchmarks.
#
#   ./build.sh run [ARGS...]   build and start the GUI on the default database (ARGS go to regionscope)
#   ./build.sh test            build and run every test (headless)
#   ./build.sh bench           build and print the benchmark figures
#   ./build.sh deps            only install the Debian packages
#   ./build.sh build           only configure and build
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default RelWithDebInfo), JOBS (default: nproc).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=${BUILD_DIR:-$here/build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
jobs=${JOBS:-$(nproc)}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite qt6-qpa-plugins
    libgl-dev libicu-dev libsqlite3-dev libzip-dev libxlsxwriter-dev poppler-utils
    fonts-noto-cjk qt6-translations-l10n
    desktop-file-utils appstream
)

install_deps() {
    local missing=()
    for package in "${packages[@]}"; do
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

command=${1:-run}
[[ $# -gt 0 ]] && shift
case $command in
    deps)
        install_deps ;;
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
    bench)
        install_deps
        configure_and_build
        "$build_dir/tests/bench/regionscope-bench" "$@" ;;
    *)
        sed -n '2,12p' "$0"
        exit 2 ;;
esac
