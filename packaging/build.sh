#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller, then run its self-test offscreen and
# print its size next to the plain virtual environment's. Run from the project root with the
# project's venv active (PyInstaller comes from the `package` extra).
set -euo pipefail
cd "$(dirname "$0")/.."

# Translations: .ts sources -> .qm, shipped inside the bundle.
lrelease="$(python -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).with_name("lrelease"))')"
for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

python -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/reconv-desktop.spec

QT_QPA_PLATFORM=offscreen ./dist/reconv-desktop/reconv-desktop --self-test

bundle_mb=$(du -sm dist/reconv-desktop | cut -f1)
venv_mb=$(du -sm "$(python -c 'import sys; print(sys.prefix)')" | cut -f1)
echo "bundle size: ${bundle_mb} MB (dist/reconv-desktop); virtual environment: ${venv_mb} MB"
