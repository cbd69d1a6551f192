"""Frozen entry point: PyInstaller starts here and hands over to the window's main()."""

import sys

from reconv_desktop.gui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
