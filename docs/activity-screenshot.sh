#!/usr/bin/env bash
# Screenshot of the Activity panel on demo data under Xvfb: docs/activity-screenshot.sh [out.png]
# Seeds a journal with a few entries of each outcome, opens the app with the drawer open
# (-Dbigvdm.openPanels=activity). Needs what docs/screenshot.sh needs, and target/bigv-disc-manager.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/activity-panel.png}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
month=$(date -u +%Y-%m)
day=$(date -u +%Y-%m-%d)
mkdir -p "$home/state/journal"
j="$home/state/journal/journal-$month.jsonl"
e='"endpoint":"https://uk0.bigv.io","account":"acme-web","group":"production"'
cat > "$j" <<JSON
{"at":"${day}T06:58:02Z","event":"SIGN_IN","user":"alice","endpoint":"https://uk0.bigv.io","what":"Signed in","asked":{},"before":{},"after":{},"outcome":"DONE","message":""}
{"at":"${day}T07:01:12Z","event":"CHANGE","user":"alice",$e,"server":"www1","serverKey":"x","discId":1,"disc":"uploads","kind":"RESIZE_DISC","what":"Resize disc uploads on www1: size 102400 → 204800","asked":{"size":204800},"before":{"size":102400},"after":{"size":204800},"outcome":"DONE","message":""}
{"at":"${day}T07:03:40Z","event":"CHANGE","user":"alice",$e,"server":"db1","serverKey":"x","kind":"CREATE_DISC","what":"Create disc scratch on db1: label scratch, size 10240, storage grade sata","asked":{"label":"scratch","size":10240,"storage_grade":"sata"},"before":{},"after":{},"outcome":"REFUSED","message":"The server did not accept a value: db1 already has 8 discs"}
{"at":"${day}T07:05:09Z","event":"CHANGE","user":"alice",$e,"server":"www2","serverKey":"x","discId":4,"disc":"logs","kind":"RELABEL_DISC","what":"Relabel disc logs on www2: label logs → logs-old","asked":{"label":"logs-old"},"before":{"label":"logs"},"after":{"label":"logs-old"},"outcome":"UNKNOWN","message":"The connection was cut: no answer. Read again: label logs-old"}
{"at":"${day}T07:06:30Z","event":"CHANGE","user":"alice",$e,"server":"www1","serverKey":"x","discId":2,"disc":"cache","kind":"PURGE_DISC","what":"Purge disc cache on www1: label cache, size 20480, storage grade sata","asked":{},"before":{"label":"cache","size":20480,"storage_grade":"sata"},"after":{},"outcome":"DONE","message":""}
{"at":"${day}T07:08:51Z","event":"SIGN_IN_FAILED","user":"bob","endpoint":"https://uk0.bigv.io","what":"Sign-in refused","asked":{},"before":{},"after":{},"outcome":"REFUSED","message":""}
JSON
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  java -Dbigvdm.home='$home' -Dbigvdm.keyring=off -Dbigvdm.openPanels=activity -jar target/bigv-disc-manager.jar --demo &
  app=\$!
  sleep \${SHOT_DELAY:-9}
  import -window root '$out'
  kill \$app
"
echo "wrote $out"
