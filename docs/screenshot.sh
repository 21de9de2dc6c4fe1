#!/usr/bin/env bash
# Takes a screenshot of the app on demo data under Xvfb: docs/screenshot.sh [out.png] [app args...]
# Needs: xvfb xauth imagemagick libgtk-3-0 libxtst6 libxxf86vm1 libgl1, and target/bigv-disc-manager.jar.
# SHOT_SELECT=<node key> starts with that tree node selected, e.g. the overview of all accounts:
#   SHOT_SELECT='*' docs/screenshot.sh docs/overview.png   (an account is a1, a2, ...)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/main-window.png}; shift || true
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
if [ -n "${SHOT_SELECT:-}" ]; then
  # the app restores the selected node from its settings
  mkdir -p "$home/config"
  printf '{"selectedNodePath":"%s"}\n' "$SHOT_SELECT" > "$home/config/settings.json"
fi
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  java -Dbigvdm.home='$home' -Dbigvdm.keyring=off -jar target/bigv-disc-manager.jar --demo $* &
  app=\$!
  sleep \${SHOT_DELAY:-7}
  import -window root '$out'
  kill \$app
"
echo "wrote $out"
