#!/usr/bin/env bash
# Takes a screenshot of the app on demo data under Xvfb: docs/screenshot.sh [out.png] [app args...]
# Needs: xvfb xauth imagemagick libgtk-3-0 libxtst6 libxxf86vm1 libgl1, and target/bigv-disc-manager.jar.
# SHOT_SELECT=<node key> starts with that tree node selected, e.g. the overview of all accounts:
#   SHOT_SELECT='*' docs/screenshot.sh docs/overview.png   (an account is a1, a2, ...)
# SHOT_WINDOW=<x,y,width,height> puts the window there (default: 1200x760, centred), e.g. 0,0,1000,800.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/main-window.png}; shift || true
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
if [ -n "${SHOT_SELECT:-}" ] || [ -n "${SHOT_WINDOW:-}" ]; then
  # the app restores the selected node and the window's bounds from its settings
  mkdir -p "$home/config"
  window=""
  if [ -n "${SHOT_WINDOW:-}" ]; then
    IFS=, read -r wx wy ww wh <<< "$SHOT_WINDOW"
    window=$(printf ',"window":{"x":%s,"y":%s,"width":%s,"height":%s,"maximized":false}' "$wx" "$wy" "$ww" "$wh")
  fi
  printf '{"selectedNodePath":"%s"%s}\n' "${SHOT_SELECT:-}" "$window" > "$home/config/settings.json"
fi
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  java -Dbigvdm.home='$home' -Dbigvdm.keyring=off -jar target/bigv-disc-manager.jar --demo $* &
  app=\$!
  sleep \${SHOT_DELAY:-7}
  import -window root '$out'
  kill \$app
"
echo "wrote $out"
