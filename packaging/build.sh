#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller, then run its self-test offscreen and
# print its size next to the plain virtual environment's. Run from the project root with the
# project's venv active (PyInstaller comes from the `package` extra).
set -euo pipefail
cd "$(dirname "$0")/.."

# Translations ship as their .ts sources (resources/translations, read by reconv_desktop.i18n):
# nothing is compiled. Stale .qm files from older builds are not shipped.
rm -f resources/translations/*.qm

python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/reconv-desktop.spec

# The self-test reads the English and Dutch catalogues and Qt's own qtbase translations.
QT_QPA_PLATFORM=offscreen ./dist/reconv-desktop/reconv-desktop --self-test
for lang in fr en nl; do
  found=$(find dist/reconv-desktop -name "reconv_desktop_${lang}.ts" | head -n 1)
  [ -n "$found" ] || { echo "reconv_desktop_${lang}.ts missing from the bundle" >&2; exit 1; }
done

bundle_mb=$(du -sm dist/reconv-desktop | cut -f1)
venv_mb=$(du -sm "$(python -c 'import sys; print(sys.prefix)')" | cut -f1)
echo "bundle size: ${bundle_mb} MB (dist/reconv-desktop); virtual environment: ${venv_mb} MB"
