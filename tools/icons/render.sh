#!/bin/sh
# Renders the app icons from the SVG files beside this script with headless Chromium.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/PressDesk/wwwroot/icons"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

render() { # svg size png
  cat > "$work/page.html" <<HTML
<!doctype html><html><head><style>html,body{margin:0;background:transparent}img{display:block;width:${2}px;height:${2}px}</style></head>
<body><img src="file://$here/$1"></body></html>
HTML
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --window-size="$2,$2" --screenshot="$work/shot.png" "file://$work/page.html" >/dev/null 2>&1
  mv "$work/shot.png" "$out/$3"
}

mkdir -p "$out"
render icon.svg 192 icon-192.png
render icon.svg 512 icon-512.png
render maskable.svg 192 maskable-192.png
render maskable.svg 512 maskable-512.png
render maskable.svg 180 apple-touch-icon.png
render badge.svg 96 badge-96.png
