#!/usr/bin/env bash
# End-to-end test of the Linux installer on Debian/Ubuntu, as root:
#   build the .deb (Maven profile `package`) -> install it like a user would -> check the menu
#   entry and launcher -> start the installed app under Xvfb with --self-check -> uninstall and
#   check nothing is left.  The package is removed on failure too (trap).
# Idempotent: a previously installed copy is purged first, and the build starts from a clean
# target/jpackage (jpackage refuses an existing output folder).
# Called by .ci/run after `mvn -B verify`; that already built target/bigv-disc-manager.jar, which is
# reused when it is newer than the sources (FORCE_BUILD=1 rebuilds anyway).
# Env: KEEP_INSTALLED=1 leaves the package installed (for docs/perf.sh);
#      SELF_CHECK_RUNS (default 5) launches to time; SELF_CHECK_TIMEOUT (default 120) seconds each;
#      PACKAGING_JDK: the JDK whose runtime the installer ships (default: Temurin 25 when installed,
#      for its start-up with an AOT cache; else the JDK Maven runs on, Java 17: no cache).
set -euo pipefail
cd "$(dirname "$0")/.."

# The installer ships the runtime of the JDK Maven runs jpackage from (pom.xml: jpackage.jdk =
# java.home).  Only the packaging runs on it: the classes are still compiled for Java 17.
TEMURIN25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ -n "${PACKAGING_JDK:-}" ]; then
  export JAVA_HOME=$PACKAGING_JDK
elif [ -x "$TEMURIN25/bin/jpackage" ]; then
  export JAVA_HOME=$TEMURIN25
fi

PKG=bigv-disc-manager
INSTALL_DIR=/opt/$PKG
LAUNCHER=$INSTALL_DIR/bin/$PKG
# jpackage installs the menu entry as <package name>-<launcher name>.desktop
DESKTOP=/usr/share/applications/$PKG-$PKG.desktop
WM_CLASS=org.bigvdm.app.BigVDiscManagerApp
RUNS=${SELF_CHECK_RUNS:-5}
TIMEOUT=${SELF_CHECK_TIMEOUT:-120}

say() { printf '\n== test-installer: %s\n' "$*"; }
fail() { printf '\n!! test-installer: FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (it installs and removes a system package)"
command -v apt-get >/dev/null || fail "needs a Debian/Ubuntu system (apt-get)"

say "installing build and test tools"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# binutils: objcopy for jlink, strip; zip: trimming the jar; fakeroot + dpkg: building the .deb;
# xdg-utils: the .deb's postinst registers the menu entry with xdg-desktop-menu;
# GTK/GL/X libs + xvfb/xauth: a real JavaFX window without a screen; fonts: JavaFX aborts without any;
# time: GNU time, the launcher's peak memory (max RSS).
apt-get install -y -qq --no-install-recommends \
  binutils zip unzip fakeroot dpkg xdg-utils desktop-file-utils time \
  xvfb xauth libgtk-3-0 libxtst6 libxxf86vm1 libgl1 \
  fontconfig fonts-dejavu-core libfreetype6 libpangoft2-1.0-0 >/dev/null
# A bare system has no such folder and xdg-desktop-menu then fails the postinst
# ("No writable system menu directory found").
mkdir -p /usr/share/desktop-directories

remove_pkg() {
  if dpkg -s "$PKG" >/dev/null 2>&1; then
    apt-get purge -y -qq "$PKG" >/dev/null
  fi
}

say "removing any previously installed $PKG"
remove_pkg

say "building the .deb with $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1)"
JAR=target/bigv-disc-manager.jar
if [ -f "$JAR" ] && [ -z "${FORCE_BUILD:-}" ] && [ -z "$(find src pom.xml icons -newer "$JAR" -print -quit)" ]; then
  # The fat jar is up to date (e.g. `mvn -B verify` just built it): run only the profile's
  # packaging steps instead of compiling and shading a second time.
  echo "reusing $JAR"
  mvn -B -q -Ppackage \
    clean:clean@jpackage-clean resources:copy-resources@jpackage-input \
    exec:exec@jpackage-app-image exec:exec@jpackage-post-image exec:exec@jpackage-installer
else
  mvn -B -q -Ppackage package -DskipTests
fi
shopt -s nullglob
debs=(target/jpackage/dist/"${PKG}"_*.deb)
shopt -u nullglob
[ "${#debs[@]}" = 1 ] || fail "expected one .deb in target/jpackage/dist, found ${#debs[@]}"
DEB=${debs[0]}
echo "built $DEB"

# From here on the package may be installed: always take it off again.
trap 'status=$?; if [ $status != 0 ]; then echo "!! test-installer: cleaning up after failure" >&2; remove_pkg || true; fi' EXIT

say "installing $DEB"
# apt (not plain dpkg -i) so that the Depends (GTK, GL, ...) are installed too
apt-get install -y -qq --no-install-recommends "./$DEB" >/dev/null
dpkg -s "$PKG" | grep -q '^Status: install ok installed' || fail "dpkg does not list $PKG as installed"

say "checking launcher and menu entry"
[ -x "$LAUNCHER" ] || fail "launcher $LAUNCHER missing or not executable"
[ -f "$DESKTOP" ] || fail "menu entry $DESKTOP missing"
desktop-file-validate "$DESKTOP" || fail "$DESKTOP does not validate"
grep -qx "Exec=$LAUNCHER" "$DESKTOP" || fail "Exec= in $DESKTOP is not $LAUNCHER"
grep -qx "StartupWMClass=$WM_CLASS" "$DESKTOP" || fail "StartupWMClass= in $DESKTOP is not $WM_CLASS"
icon=$(sed -n 's/^Icon=//p' "$DESKTOP")
[ -f "$icon" ] || fail "icon $icon (from $DESKTOP) missing"
cmp -s "$icon" icons/png/bigv-disc-manager-256.png || fail "installed icon $icon is not the app icon"
echo "ok: $LAUNCHER, $DESKTOP (valid), icon $icon"

# The AOT cache, when the package has one: the installed launcher must really load its classes
# from it (the JVM silently falls back to the jar when the cache does not match).
AOT_NOTE="no AOT cache in this package"
if ls "$INSTALL_DIR"/lib/app/*.aot >/dev/null 2>&1; then
  say "checking that the installed launcher uses its AOT cache"
  grep -q '^java-options=-XX:AOTCache=\$APPDIR/' "$INSTALL_DIR/lib/app/$PKG.cfg" \
    || fail "$INSTALL_DIR/lib/app/$PKG.cfg does not point the launcher at the cache"
  classlog=$(mktemp)
  set +e
  xvfb-run -a -s "-screen 0 1280x800x24" env JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$classlog" \
    timeout "$TIMEOUT" "$LAUNCHER" --self-check --demo >/dev/null 2>&1
  set -e
  loaded=$(grep -c 'source:' "$classlog" || true)
  cached=$(grep -c 'source: shared objects file' "$classlog" || true)
  rm -f "$classlog"
  [ "${loaded:-0}" -gt 0 ] || fail "could not count the classes the installed launcher loads"
  # nearly all of them were in the training run; a stale or refused cache gives 0
  [ $(( cached * 100 / loaded )) -ge 80 ] \
    || fail "only $cached of $loaded classes came from the AOT cache: the launcher does not use it"
  AOT_NOTE="$cached of $loaded classes from the AOT cache"
  echo "ok: $AOT_NOTE"
fi

say "starting the installed app $RUNS time(s) under Xvfb with --self-check"
times=()
rsss=()
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  set +e
  out=$(xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/time -f 'max-rss-kb %M' timeout "$TIMEOUT" "$LAUNCHER" --self-check 2>&1)
  rc=$?
  set -e
  wall=$(( ($(date +%s%N) - start) / 1000000 ))
  line=$(grep -m1 '^self-check: ok, window ready in [0-9]* ms' <<<"$out" || true)
  if [ "$rc" != 0 ] || [ -z "$line" ]; then
    printf '%s\n' "$out" >&2
    fail "self-check run $i: exit code $rc (124 = timed out after ${TIMEOUT}s), line: '${line:-none}'"
  fi
  ms=$(sed 's/.* in \([0-9]*\) ms.*/\1/' <<<"$line")
  times+=("$ms")
  rss=$(( $(sed -n 's/^max-rss-kb \([0-9]*\)$/\1/p' <<<"$out") / 1024 ))
  rsss+=("$rss")
  echo "run $i: $line (process wall time incl. Xvfb start ${wall} ms, peak memory $rss MiB)"
done
median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
median=$(median_of "${times[@]}")
median_rss=$(median_of "${rsss[@]}")

# Sizes in MB of 10^6 bytes (issue 18's targets: .deb <= 35 MB, app-image <= 90 MB)
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b / 1e6}'; }
bytes() { du -sb "$@" | awk '{s += $1} END {print s + 0}'; }
IMAGE=target/jpackage/image/$PKG
deb_size=$(mb "$(stat -c %s "$DEB")")
image_size="$(mb "$(bytes "$IMAGE")"): runtime $(mb "$(bytes "$IMAGE/lib/runtime")"), jar $(mb "$(bytes "$IMAGE/lib/app/$PKG.jar")")"
if ls "$IMAGE"/lib/app/*.aot >/dev/null 2>&1; then
  image_size="$image_size, AOT cache $(mb "$(bytes "$IMAGE"/lib/app/*.aot)")"
fi
installed_size=$(mb "$(bytes "$INSTALL_DIR")")

if [ -n "${KEEP_INSTALLED:-}" ]; then
  trap - EXIT
  say "PASSED, left installed (KEEP_INSTALLED): docs/perf.sh measures $LAUNCHER"
  echo "runtime:         $(sed -n 's/^JAVA_VERSION=//p' "$INSTALL_DIR/lib/runtime/release" | tr -d '"'), $AOT_NOTE"
  echo "deb:             $DEB ($deb_size)"
  echo "app-image:       $IMAGE ($image_size; installed $installed_size)"
  echo "time-to-window:  median ${median} ms of $RUNS runs (${times[*]} ms)"
  echo "peak memory:     median ${median_rss} MiB (${rsss[*]} MiB; max RSS, target <= 200 MiB)"
  exit 0
fi

say "uninstalling"
apt-get purge -y -qq "$PKG" >/dev/null
! dpkg -s "$PKG" >/dev/null 2>&1 || fail "$PKG still listed by dpkg after purge"
[ ! -e "$INSTALL_DIR" ] || fail "$INSTALL_DIR left behind after purge"
[ ! -e "$DESKTOP" ] || fail "$DESKTOP left behind after purge"
echo "ok: package, $INSTALL_DIR and menu entry are gone"
trap - EXIT

say "PASSED"
echo "deb:             $DEB ($deb_size)"
echo "app-image:       $IMAGE ($image_size; installed $installed_size)"
echo "runtime:         $(sed -n 's/^JAVA_VERSION=//p' "target/jpackage/image/$PKG/lib/runtime/release" | tr -d '"'), $AOT_NOTE"
echo "time-to-window:  median ${median} ms of $RUNS runs (${times[*]} ms; JVM start to tree and discs shown)"
echo "peak memory:     median ${median_rss} MiB (${rsss[*]} MiB; max RSS of the launcher, target <= 200 MiB)"
echo "                 (docs/perf.sh compares it with virt-manager and a bare JavaFX window, same run)"
