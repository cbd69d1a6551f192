"""Reconv Desktop: the offline-first desk of a career-transition counsellor."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("reconv-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
