#!/usr/bin/env bash
# Start-up, memory and large-estate figures of BigV Disc Manager beside its anchors, side by side
# in ONE run (issue 18), under its own Xvfb.  Prints the issue's target table with ratios.
#
#   bash docs/perf.sh            # 5 rounds + MainWindowBench at 10,000 servers (~10 min on 2 cores)
#   PERF_RUNS=3 PERF_BENCH_VMS=0 bash docs/perf.sh     # quicker, start-up rows only
#
# Each round launches every contender once, in a rotating order, so that drift in the machine's
# load spreads over all of them; the figures are medians over the rounds, after one warm-up launch
# each (page cache, JavaFX's native cache in the bench HOME).  Contenders:
#   virt-manager     `virt-manager --no-fork --connect test:///default` (the anchor), until its window is mapped
#   hello (Java 17)  a bare JavaFX "hello" window from the app's JavaFX jars (bench/HelloFxBench)
#   hello (Java 25)  the same on the Temurin 25 the installers ship, with an AOT cache trained here
#                    (the floor for the installed launcher's first frame), when that JDK is present
#   jar (Java 17)    `java -jar target/bigv-disc-manager.jar --self-check --demo` on the README's Java
#   installed        /opt/bigv-disc-manager/bin/bigv-disc-manager --self-check --demo, when installed
#                    (else the app-image in target/jpackage/image, when built)
# What is timed, from the moment the command is started (bash's clock):
#   mapped       the first top-level (not override-redirect) window mapped: xev on the root window
#   first frame  the window's first frame drawn: the app's own "self-check: first frame" line and
#                HelloFxBench's "hello: first frame", both printed on the second animation frame
#                after the stage is shown.  The app's first frame is its window's skeleton (menu bar,
#                toolbar row, filter, tree and disc areas, status bar: ui.main.WindowSkeleton)
#   real window  the real window drawn in the skeleton's place: its "self-check: main window" line  PERF_PULSE_LOGGER=1 times it by JavaFX's pulse logger
#                instead (its first "PULSE:" line), as before; that logger starts JFR (~100 classes,
#                0.1-1 s), so it is off by default: it slowed every other figure of the Java contenders
#   with data    the self-check line: tree and the first server's discs shown (two pulses after)
#   peak memory  max RSS of the process (GNU time), until it exits (virt-manager: 1 s after mapping)
# Env: PERF_RUNS (5), PERF_BENCH_VMS (10000; 0 skips), PERF_BENCH_RUNS (10), PERF_JAVA17, PERF_PULSE_LOGGER,
#      PERF_TIMEOUT (120 s a launch), PERF_EXTRA_LABEL + PERF_EXTRA_CMD (one more contender, e.g.
#      a JVM option under test; the command string is run by bash).
# Output also goes to target/perf/perf-<date>.txt.  Needs root only to apt-get missing tools.
set -euo pipefail
export LC_ALL=C   # EPOCHREALTIME and printf with a decimal point, whatever the user's locale
cd "$(dirname "$0")/.."
ROOT=$PWD

RUNS=${PERF_RUNS:-5}
PULSE_OPTS=
[ "${PERF_PULSE_LOGGER:-0}" = 1 ] && PULSE_OPTS="-Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0"
BENCH_VMS=${PERF_BENCH_VMS:-10000}
BENCH_RUNS=${PERF_BENCH_RUNS:-10}
TIMEOUT=${PERF_TIMEOUT:-120}
JAVA17=${PERF_JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
[ -x "$JAVA17" ] || JAVA17=$(command -v java)
JAR=target/bigv-disc-manager.jar
OUT=target/perf
mkdir -p "$OUT"
LOG=$OUT/perf-$(date +%Y%m%d-%H%M%S).txt
exec > >(tee "$LOG") 2>&1

say() { printf '== perf: %s\n' "$*"; }

# --- tools -----------------------------------------------------------------------------------
need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xev >/dev/null || need+=(x11-utils)
[ -x /usr/bin/time ] || need+=(time)
command -v virt-manager >/dev/null || need+=(virt-manager)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${need[@]}" xauth libgtk-3-0 libxtst6 libxxf86vm1 libgl1 fontconfig fonts-dejavu-core >/dev/null \
      || say "could not install ${need[*]}: going on without"
  fi
fi
for t in Xvfb xev /usr/bin/time; do command -v "$t" >/dev/null || { echo "perf: $t missing"; exit 1; }; done

# --- what to run -----------------------------------------------------------------------------
if [ ! -f "$JAR" ] || [ ! -f target/test-classes/org/bigvdm/bench/HelloFxBench.class ] \
   || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  say "building the fat jar and the bench classes"
  mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
fi
CP_FILE=target/bench.classpath
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$CP_FILE" \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE"
fi
FX_CP=$(tr ':' '\n' <"$CP_FILE" | grep -E '/javafx-(base|graphics|controls)-' | paste -sd: -)

INSTALLED=/opt/bigv-disc-manager/bin/bigv-disc-manager
IMAGE=target/jpackage/image/bigv-disc-manager/bin/bigv-disc-manager
launcher_label() {  # runtime version and whether an AOT cache ships beside the launcher
  local app=$1/../lib v aot=""
  v=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$app/runtime/release" 2>/dev/null)
  ls "$app"/app/*.aot >/dev/null 2>&1 && aot=", AOT cache"
  printf 'Java %s%s' "${v:-?}" "$aot"
}
labels=() cmds=() kinds=()
add() { labels+=("$1"); kinds+=("$2"); cmds+=("$3"); }
command -v virt-manager >/dev/null && add "virt-manager" mapped "virt-manager --no-fork --connect test:///default"
add "hello JavaFX (Java 17)" java "'$JAVA17' -cp target/test-classes:$FX_CP org.bigvdm.bench.HelloFxBench"
# the same hello window on the installers' runtime with an AOT cache of its own: the floor for any
# JavaFX window there, to read the installed launcher's first frame against
J25=${PERF_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
if [ -x "$J25" ]; then
  HELLO_DIR=$OUT/hello25
  mkdir -p "$HELLO_DIR"
  if [ ! -s "$HELLO_DIR/hello.aot" ] || [ target/test-classes/org/bigvdm/bench/HelloFxBench.class -nt "$HELLO_DIR/hello.aot" ]; then
    say "training an AOT cache for the hello window on $("$J25" -version 2>&1 | head -1)"
    "$(dirname "$J25")/jar" cf "$HELLO_DIR/hello.jar" -C target/test-classes org/bigvdm/bench  # the cache wants jars
    xvfb-run -a "$J25" -XX:AOTCacheOutput="$HELLO_DIR/hello.aot" -cp "$HELLO_DIR/hello.jar:$FX_CP" \
      org.bigvdm.bench.HelloFxBench >/dev/null 2>&1 || say "could not train the hello AOT cache"
  fi
  [ -s "$HELLO_DIR/hello.aot" ] && add "hello JavaFX (Java 25, AOT cache)" java \
    "'$J25' -XX:AOTCache=$HELLO_DIR/hello.aot -cp $HELLO_DIR/hello.jar:$FX_CP org.bigvdm.bench.HelloFxBench"
fi
add "fat jar (Java 17)" java "'$JAVA17' -jar $JAR --self-check --demo"
if [ -x "$INSTALLED" ]; then
  add "installed launcher ($(launcher_label "$(dirname "$INSTALLED")"))" java "$INSTALLED --self-check --demo"
  FIRST_START=$INSTALLED
elif [ -x "$IMAGE" ]; then
  add "app-image launcher ($(launcher_label "$(dirname "$IMAGE")"))" java "$ROOT/$IMAGE --self-check --demo"
  FIRST_START=$ROOT/$IMAGE
fi
# what the desktop shortcut starts for a new user: no --demo, no account, so the settings decide on the demo
[ -n "${FIRST_START:-}" ] && add "first start: the same launcher, no --demo, no account" java "$FIRST_START --self-check"
[ -n "${PERF_EXTRA_CMD:-}" ] && add "${PERF_EXTRA_LABEL:-extra}" java "$PERF_EXTRA_CMD"

# --- an X server of our own, and a watcher stamping every window mapped on it ----------------
WORK=$(mktemp -d)
BENCH_HOME=$WORK/home   # one HOME for all launches: settings, ~/.openjfx natives cache
mkdir -p "$BENCH_HOME"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.05; done
export DISPLAY=:$(cat "$WORK/display")
stamp() { local l; while IFS= read -r l; do printf '%s %s\n' "$EPOCHREALTIME" "$l"; done; }
mkfifo "$WORK/xev.fifo"
stamp <"$WORK/xev.fifo" >"$WORK/xev.log" &
pids+=($!)
stdbuf -oL xev -root -event substructure >"$WORK/xev.fifo" 2>/dev/null &
pids+=($!)
sleep 0.5

# first top-level map after $1 (seconds, bash clock), in ms after it; empty when none
mapped_after() {
  awk -v t0="$1" '$2=="MapNotify" && $1>t0 { getline n; if (n ~ /override NO/) { printf "%.0f", ($1-t0)*1000; exit } }' "$WORK/xev.log"
}

# one launch: kind java = runs to its own exit; kind mapped = ended 1 s after its window maps
launch() {
  local label=$1 kind=$2 cmd=$3 d=$4
  mkdir -p "$d"
  mkfifo "$d/fifo"
  stamp <"$d/fifo" >"$d/out" &
  local sp=$! t0=$EPOCHREALTIME
  env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME -u XDG_STATE_HOME HOME="$BENCH_HOME" \
    JAVA_TOOL_OPTIONS="$PULSE_OPTS" \
    /usr/bin/time -f '%M' -o "$d/rss" timeout "$TIMEOUT" bash -c "exec $cmd" >"$d/fifo" 2>&1 &
  local tp=$!
  if [ "$kind" = mapped ]; then
    for _ in $(seq $((TIMEOUT * 50))); do [ -n "$(mapped_after "$t0")" ] && break; sleep 0.02; done
    sleep 1
    kill -TERM "$(pgrep -P "$tp")" 2>/dev/null || true
  fi
  wait "$tp" || true
  wait "$sp" || true
  local rel='{ printf "%.0f", ($1-t0)*1000; exit }'
  {
    echo "mapped $(mapped_after "$t0")"
    echo "frame $(awk -v t0="$t0" '$2=="PULSE:" || /: first frame/ '"$rel" "$d/out")"
    echo "built $(awk -v t0="$t0" '/self-check: main window/ '"$rel" "$d/out")"
    echo "data $(awk -v t0="$t0" '/self-check: ok/ '"$rel" "$d/out")"
    echo "rss $(( $(tail -1 "$d/rss" | tr -dc 0-9) / 1024 ))"
  } >"$d/figures"
  if [ "$kind" = java ] && ! grep -q -E 'self-check: ok|hello: shown' "$d/out"; then
    echo "perf: $label did not reach its window; its output:"; tail -20 "$d/out"
  fi
}

say "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(. /etc/os-release; echo "$PRETTY_NAME"), load $(cut -d' ' -f1-3 /proc/loadavg)"
say "DISPLAY $DISPLAY (own Xvfb, 1280x800x24); $RUNS rounds after a warm-up; contenders:"
for i in "${!labels[@]}"; do echo "   ${labels[$i]}: ${cmds[$i]}"; done
n=${#labels[@]}
for round in $(seq 0 "$RUNS"); do
  for k in $(seq 0 $((n - 1))); do
    i=$(( (k + round) % n ))
    launch "${labels[$i]}" "${kinds[$i]}" "${cmds[$i]}" "$WORK/c$i/r$round"
  done
  [ "$round" = 0 ] && say "warm-up done" || say "round $round of $RUNS done (load $(cut -d' ' -f1 /proc/loadavg))"
done

# median of one figure of contender $1 over rounds 1..RUNS; empty when never measured
median() {
  cat "$WORK"/c"$1"/r[1-9]*/figures 2>/dev/null | awk -v f="$2" '$1==f && $2!="" {print $2}' | sort -n \
    | awk '{a[NR]=$1} END { if (NR) print a[int((NR+1)/2)] }'
}
index_of() { local i; for i in "${!labels[@]}"; do [[ ${labels[$i]} == "$1"* ]] && { echo "$i"; return 0; }; done; return 0; }
VM=$(index_of virt-manager) HELLO=$(index_of hello) JAR17=$(index_of "fat jar") INST=$(index_of installed)
[ -n "$INST" ] || INST=$(index_of app-image)
secs() { [ -n "$1" ] && awk -v v="$1" 'BEGIN { printf "%.2f s", v/1000 }' || printf '–'; }
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f×", a/b }' || printf '–'; }
ANCHOR_MS=$( [ -n "$VM" ] && median "$VM" mapped || true)
ANCHOR_MB=$( [ -n "$VM" ] && median "$VM" rss || true)
# a time cell: absolute, and its ratio to virt-manager's window when there is one
tcell() { local v; v=$(median "$1" "$2"); [ -n "$v" ] || { printf '–'; return; }; printf '%s (%s)' "$(secs "$v")" "$(ratio "$v" "$ANCHOR_MS")"; }
mcell() { local v; v=$(median "$1" rss); [ -n "$v" ] || { printf '–'; return; }; printf '%s MiB (%s)' "$v" "$(ratio "$v" "$ANCHOR_MB")"; }

# --- MainWindowBench at scale, the simulator in a process of its own -----------------------------
BENCH_OUT=$WORK/bench.out
if [ "$BENCH_VMS" -gt 0 ]; then
  # the launcher's JVM options (GC, heap) from the packaging, so the stalls are the shipped app's
  # on the runtime the installers ship (Temurin 25 when installed), else the README's Java
  BENCH_JAVA=${PERF_BENCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
  [ -x "$BENCH_JAVA" ] || BENCH_JAVA=$JAVA17
  BENCH_OPTS=${PERF_BENCH_OPTS-$(sed -n 's/^--java-options  *"\{0,1\}\([^"$]*\)"\{0,1\}$/\1/p' packaging/launcher.args | paste -sd' ' -)}
  say "MainWindowBench at $BENCH_VMS servers ($BENCH_RUNS runs) on $("$BENCH_JAVA" -version 2>&1 | head -1) ${BENCH_OPTS:-(default options)}"
  # shellcheck disable=SC2086  # BENCH_OPTS is a list of options
  /usr/bin/time -f '%M' -o "$WORK/bench.rss" "$BENCH_JAVA" $BENCH_OPTS \
    -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" org.bigvdm.bench.MainWindowBench \
    --vms "$BENCH_VMS" --runs "$BENCH_RUNS" | tee "$BENCH_OUT" || say "MainWindowBench failed"
fi
bench() { awk -v k="$1" '$1=="result" && $2==k {print $3}' "$BENCH_OUT" 2>/dev/null; }
BENCH_MB=$( [ -s "$WORK/bench.rss" ] && echo $(( $(tail -1 "$WORK/bench.rss" | tr -dc 0-9) / 1024 )) || true)

# --- report ----------------------------------------------------------------------------------------
echo
say "start-up, medians of $RUNS; times from launch; (×) = ratio to virt-manager's window / memory"
echo
echo "| contender | window mapped | first frame | real window drawn | window with data | peak memory |"
echo "|---|---|---|---|---|---|"
for i in "${!labels[@]}"; do
  echo "| ${labels[$i]} | $(tcell "$i" mapped) | $(tcell "$i" frame) | $(tcell "$i" built) | $(tcell "$i" data) | $(mcell "$i") |"
done
echo
meets() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "") print "–"; else print (v <= t ? "yes" : "no") }'; }
row() { echo "| $1 | $2 | $3 | $4 |"; }
say "issue 18 targets; ratio to the anchor measured above (virt-manager), or to the target where there is none"
echo
row "what" "target" "now" "met"
row "---" "---" "---" "---"
if [ -n "$INST" ]; then
  f=$(median "$INST" frame) d=$(median "$INST" data)
  row "launch → first frame of the main window (its skeleton), ${labels[$INST]}" "≤ 1.0× virt-manager, ≤ 0.6 s" \
    "$(secs "$f"), $(ratio "$f" "$ANCHOR_MS")" "$(meets "$f" 600)"
  row "launch → tree and first server's discs, demo, ${labels[$INST]}" "≤ 1.5× virt-manager, ≤ 0.9 s" \
    "$(secs "$d"), $(ratio "$d" "$ANCHOR_MS")" "$(meets "$d" 900)"
  FIRST=$(index_of "first start")
  [ -n "$FIRST" ] && d=$(median "$FIRST" data) && row "… the same as a new user starts it (no --demo, no account)" \
    "≤ 1.5× virt-manager, ≤ 0.9 s" "$(secs "$d"), $(ratio "$d" "$ANCHOR_MS")" "$(meets "$d" 900)"
  row "peak memory, demo, ${labels[$INST]}" "≤ 200 MiB" "$(median "$INST" rss) MiB" "$(meets "$(median "$INST" rss)" 200)"
fi
f=$(median "$JAR17" frame) d=$(median "$JAR17" data)
row "launch → first frame of the main window (its skeleton), java -jar (Java 17)" "≤ 1.0× virt-manager, ≤ 0.6 s" \
  "$(secs "$f"), $(ratio "$f" "$ANCHOR_MS")" "$(meets "$f" 600)"
r=$(ratio "$d" "$ANCHOR_MS")
row "the same (tree and discs) via java -jar (Java 17)" "≤ 2.0× virt-manager" "$(secs "$d"), $r" \
  "$( [ -n "$ANCHOR_MS" ] && meets "${r%×}" 2.0 || echo –)"
row "peak memory, demo, java -jar (Java 17)" "≤ 200 MiB" "$(median "$JAR17" rss) MiB" "$(meets "$(median "$JAR17" rss)" 200)"
if [ -s "$BENCH_OUT" ]; then
  a=$(bench answer_median_ms) k=$(bench keystroke_p95_ms) s=$(bench stall_p95_ms) h=$(bench heap_mib)
  row "at $(bench servers) servers / $(bench discs) discs: answer → on screen (median)" "≤ 150 ms" "$a ms, $(ratio "$a" 150) of target" "$(meets "$a" 150)"
  row "… filter keystroke p95" "≤ 16 ms" "$k ms, $(ratio "$k" 16) of target" "$(meets "$k" 16)"
  rf=$(bench refresh_median_ms) rc=$(bench refresh_changed_median_ms)
  row "… refresh → on screen, FX work (median): nothing new / one disc renamed" "≤ 16 ms (a stall)" \
    "$rf / ${rc:-?} ms" "$(meets "$rf" 16) / $(meets "${rc:-}" 16)"
  rr=$(bench server_reread_median_ms)
  row "… after a write: the server read again → on screen (median)" "≤ 16 ms (a stall)" "${rr:-?} ms" "$(meets "${rr:-}" 16)"
  sa=$(bench stall_apply_p95_ms)
  row "… longest FX stall p95 while a 2 s refresh is pending (until its answer is applied: $sa ms)" "≤ 16 ms" \
    "$s ms, $(ratio "$s" 16) of target" "$(meets "$s" 16) ($(meets "$sa" 16))"
  oa=$(bench overview_all_median_ms) oc=$(bench overview_account_median_ms)
  row "… select All accounts → overview on screen (median; one account: $oc ms)" "≤ 100 ms" \
    "$oa ms, $(ratio "$oa" 100) of target" "$(meets "$oa" 100) ($(meets "$oc" 100))"
  row "… memory: heap in use after a full GC with the estate shown / the bench JVM's peak RSS" "≤ 400 MiB" \
    "$h MiB / ${BENCH_MB:-?} MiB" "$(meets "$h" 400) / $(meets "${BENCH_MB:-}" 400)"
fi
DEB=$(ls target/jpackage/dist/*.deb 2>/dev/null | head -1 || true)
IMG=target/jpackage/image/bigv-disc-manager
if [ -n "$DEB" ] && [ -d "$IMG" ]; then
  dm=$(awk -v b="$(stat -c %s "$DEB")" 'BEGIN { printf "%.1f", b/1e6 }')
  im=$(awk -v k="$(du -sk "$IMG" | cut -f1)" 'BEGIN { printf "%.1f", k*1024/1e6 }')
  aot=$(ls "$IMG"/lib/app/*.aot 2>/dev/null | head -1 || true)
  am=$( [ -n "$aot" ] && awk -v b="$(stat -c %s "$aot")" 'BEGIN { printf ", of which AOT cache %.1f MB", b/1e6 }' || true)
  row ".deb / app-image ($(basename "$DEB"))" "≤ 35 MB / ≤ 90 MB" "$dm MB / $im MB$am" \
    "$(meets "$dm" 35) / $(meets "$im" 90)"
fi
echo
say "load at the end $(cut -d' ' -f1-3 /proc/loadavg); log in $LOG"
