#!/usr/bin/env bash
# Regenerates every icon file from icons/bigv-disc-manager.svg:
#   icons/png/bigv-disc-manager-<N>.png  (16..512; also shipped as class-path resources
#                                        org/bigvdm/icons/ for stage.getIcons())
#   icons/bigv-disc-manager.ico           (Windows, multi-size; jpackage --icon on Windows)
#   icons/bigv-disc-manager.icns          (macOS; jpackage --icon on macOS)
# The outputs are committed, so a normal build does not need these tools.
# Debian/Ubuntu: apt-get install -y --no-install-recommends librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"

SVG=bigv-disc-manager.svg
NAME=bigv-disc-manager
SIZES=(16 32 48 64 128 256 512)

need() { command -v "$1" >/dev/null || { echo "render.sh: '$1' not found ($2)" >&2; exit 1; }; }
need rsvg-convert "apt-get install librsvg2-bin"
need png2icns "apt-get install icnsutils"
# Debian's real ImageMagick 6 binary; a 'convert' earlier on the PATH may be something else.
IM=$(command -v convert-im6.q16 || command -v magick || command -v convert || true)
[ -n "$IM" ] || { echo "render.sh: ImageMagick not found (apt-get install imagemagick)" >&2; exit 1; }

mkdir -p png
for n in "${SIZES[@]}"; do
  # rsvg renders each size straight from the vector source (no downscaling blur).
  rsvg-convert -w "$n" -h "$n" -o "png/$NAME-$n.png" "$SVG"
done

# ICO: Windows picks the nearest size per context (16 title bar, 32/48 explorer, 256 tiles).
"$IM" png/$NAME-16.png png/$NAME-32.png png/$NAME-48.png png/$NAME-64.png \
      png/$NAME-128.png png/$NAME-256.png "$NAME.ico"

# ICNS: png2icns only accepts the classic icns sizes (no 64).
png2icns "$NAME.icns" png/$NAME-16.png png/$NAME-32.png png/$NAME-48.png \
         png/$NAME-128.png png/$NAME-256.png png/$NAME-512.png >/dev/null

echo "render.sh: wrote png/$NAME-{$(IFS=,; echo "${SIZES[*]}")}.png, $NAME.ico, $NAME.icns"
