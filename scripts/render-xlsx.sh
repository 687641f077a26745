#!/usr/bin/env bash
# Dev tool: look at an exported spreadsheet as it prints.
#   scripts/render-xlsx.sh <file.xlsx> [out-dir]
# Converts with LibreOffice (headless) to PDF, then each page to PNG at 60 dpi with pdftoppm.
# Prints the PNG paths. Needs:
#   apt-get install -y libreoffice-calc poppler-utils fonts-liberation fonts-crosextra-carlito
# Liberation Serif stands in for Times New Roman and Carlito for Calibri, both metric-compatible.
# Without Carlito, LibreOffice measures column widths with a wider fallback font and the page comes
# out shrunk (~80 %), which hides text that would wrap in Excel.
set -euo pipefail

if ! fc-list | grep -qi carlito; then
  echo "Cảnh báo: thiếu phông Carlito (fonts-crosextra-carlito); độ rộng cột sẽ khác Excel." >&2
fi

if [[ $# -lt 1 || ! -f $1 ]]; then
  echo "Cách dùng: $0 <tệp.xlsx> [thư mục ra]" >&2
  exit 2
fi
in=$1
out=${2:-$(dirname "$in")}
mkdir -p "$out"
base=$(basename "${in%.*}")

# A throw-away LibreOffice profile: no clash with a running instance, no state left behind.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

libreoffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$in" >/dev/null
rm -f "$out/$base"-*.png
pdftoppm -png -r "${DPI:-60}" "$out/$base.pdf" "$out/$base"
ls -1 "$out/$base"*.png
