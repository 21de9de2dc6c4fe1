#!/usr/bin/env bash
# Finishes the Linux app-image jpackage made (pom.xml, profile `package`), before the installer
# step wraps it:  post-image.sh IMAGE_DIR [auto|on|off] [stored|deflated]
#  0. Drops from the jar what this Linux package never loads: JNA's native libraries for other
#     systems (~2 MB), JavaFX's SWT bridge, AtlantaFX's themes other than Primer (~1.9 MB); then
#     rewrites the jar with its entries stored, not deflated (the default, `stored`): xz, which
#     packs the .deb, cannot squeeze deflated entries but compresses stored classes together, so
#     the .deb is ~9.5 MB smaller and the app-image ~27 MB bigger (docs/performance.md).
#     (Also lays out target/jpackage/linux-resources for the installer step: see 1b.)
#  1. Strips the symbol tables from the runtime's native libraries: a JDK without jmods (Temurin
#     25 links from its own run-time image) keeps them whatever jlink's --strip-debug says (~5 MB).
#  2. Java 24+ runtime: lets JavaFX use native access and sun.misc.Unsafe without a warning on
#     every start (the launcher's options, like the ones in packaging/launcher.args).
#  3. Java 25+ runtime: builds an AOT cache (JEP 483/514/515: classes loaded and linked, method
#     profiles) from a training run of the launcher itself (--self-check --demo under Xvfb, in a
#     throw-away HOME), so that the cache matches the exact runtime, jar and options it ships
#     with, and points the launcher at it: -XX:AOTCache=$APPDIR/<name>.aot.  The JVM checks the
#     cache at start and ignores it (with a warning) if anything differs; the launcher still runs.
#     auto (default) skips this when the runtime is older or no display/xvfb-run can be had;
#     on fails instead; off skips it.  JPACKAGE_AOT in the environment overrides the argument.
set -euo pipefail
img=${1:?usage: post-image.sh IMAGE_DIR [auto|on|off] [stored|deflated]}
mode=${JPACKAGE_AOT:-${2:-auto}}
jar_entries=${3:-stored}
name=$(basename "$img")
cfg=$img/lib/app/$name.cfg
launcher=$img/bin/$name
cache=$img/lib/app/$name.aot
[ -f "$cfg" ] && [ -x "$launcher" ] || { echo "post-image: no app-image at $img" >&2; exit 1; }
say() { printf 'post-image: %s\n' "$*"; }

# 0. the jar keeps only this machine's JNA natives (JNA ships them for 30 systems, ~2 MB;
#    the jar's JavaFX natives are this machine's only anyway), not JavaFX's SWT bridge
#    (javafx-swt.jar, for SWT apps), and of AtlantaFX's themes only Primer (app.Theme's light and dark)
jar=$img/lib/app/$name.jar
case $(uname -m) in x86_64) jna=linux-x86-64 ;; aarch64) jna=linux-aarch64 ;; *) jna=linux-$(uname -m) ;; esac
if command -v zip >/dev/null && [ -f "$jar" ]; then
  unzip -Z1 "$jar" | grep -E '^com/sun/jna/(aix|darwin|dragonflybsd|freebsd|linux|openbsd|sunos|win32)-[^/]+/' \
    | grep -v "^com/sun/jna/$jna/" >"$img/.unused" || true
  unzip -Z1 "$jar" | grep -E '^javafx-swt\.jar$|^atlantafx/base/theme/(cupertino|nord|dracula)[^/]*\.(css|bss)$' \
    >>"$img/.unused" || true
  [ -s "$img/.unused" ] && zip -q -d "$jar" -@ <"$img/.unused"
  say "jar: $(wc -l <"$img/.unused") entries unused here removed (JNA for other systems, $jna kept; SWT; other themes)"
  rm -f "$img/.unused"
  if [ "$jar_entries" = stored ]; then
    unpacked=$(mktemp -d)
    jar_abs=$(realpath "$jar")
    (cd "$unpacked" && unzip -q "$jar_abs" && rm "$jar_abs" && zip -q -0 -X -r "$jar_abs" META-INF/MANIFEST.MF .)
    rm -rf "$unpacked"
    say "jar: entries stored, not deflated ($(( $(stat -c %s "$jar") / 1048576 )) MB), for the installer's xz"
  fi
else
  say "no zip: the jar keeps JNA's natives for all systems"
fi

# 1. native symbols
if command -v strip >/dev/null; then
  before=$(du -sk "$img" | cut -f1)
  find "$img/lib/runtime" -name '*.so' -type f -exec strip --strip-unneeded {} +
  say "stripped the runtime's native libraries: $(( (before - $(du -sk "$img" | cut -f1)) / 1024 )) MB less"
else
  say "no strip (binutils): native libraries left as they are"
fi

# 1b. the installer step's resource folder: the menu entry template and the icon as <name>.png.
#     jpackage 25 ignores --icon when it wraps an existing app-image (it puts in its default
#     32 px Java icon); a <name>.png in --resource-dir is honoured by 17 and 25 alike.
res=$(dirname "$img")/../linux-resources
rm -rf "$res" && mkdir -p "$res"
cp packaging/linux/*.desktop "$res/"
cp icons/png/bigv-disc-manager-256.png "$res/$name.png"

version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$img/lib/runtime/release")
# 2. quiet start on newer runtimes (options the Java 17 launcher would refuse)
if [ "${version:-0}" -ge 24 ]; then
  printf '%s\n' 'java-options=--enable-native-access=ALL-UNNAMED' \
    'java-options=--sun-misc-unsafe-memory-access=allow' >>"$cfg"
fi

# 3. AOT cache
skip() {
  [ "$mode" = on ] && { echo "post-image: FAILED: AOT cache required (on) but $*" >&2; exit 1; }
  say "no AOT cache: $*"; exit 0
}
rm -f "$cache"
[ "$mode" = off ] && skip "switched off"
[ "${version:-0}" -ge 25 ] || skip "the runtime is Java ${version:-?}, the cache needs 25+"
xrun=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || skip "no DISPLAY and no xvfb-run for the training run"
  xrun=(xvfb-run -a -s "-screen 0 1280x800x24")
fi

work=$(mktemp -d)
cp "$cfg" "$work/cfg"
restore() { cp "$work/cfg" "$cfg"; rm -f "$work/app.aotconf"; }
trap 'restore; rm -rf "$work"' EXIT
# $APPDIR in the launcher's options is expanded by the launcher: the training sees the same
# class path the installed app has, only under another folder (the cache allows that).
with_options() { cp "$work/cfg" "$cfg"; printf 'java-options=%s\n' "$@" >>"$cfg"; }

say "training run: $launcher --self-check --demo${xrun:+ (under xvfb-run)}"
with_options -XX:AOTMode=record "-XX:AOTConfiguration=$work/app.aotconf" \
  "-Dbigvdm.home=$work/home" -Dbigvdm.keyring=off
if ! out=$(HOME=$work/home timeout 300 "${xrun[@]}" "$launcher" --self-check --demo 2>&1) \
   || ! grep -q '^self-check: ok' <<<"$out"; then
  printf '%s\n' "$out" | tail -20 >&2
  skip "the training run failed"
fi
grep '^self-check: ok' <<<"$out"

with_options -XX:AOTMode=create "-XX:AOTConfiguration=$work/app.aotconf" "-XX:AOTCache=$cache"
if ! out=$(HOME=$work/home timeout 300 "$launcher" 2>&1) || [ ! -s "$cache" ]; then
  printf '%s\n' "$out" | tail -20 >&2
  rm -f "$cache"
  skip "creating the cache failed"
fi

with_options "-XX:AOTCache=\$APPDIR/$name.aot"
cp "$cfg" "$work/cfg"   # keep this one
say "AOT cache $(basename "$cache"): $(( $(stat -c %s "$cache") / 1048576 )) MB, used by $cfg"
