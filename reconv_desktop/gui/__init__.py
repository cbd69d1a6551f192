"""The Qt window: the only part of Reconv Desktop that imports PySide6."""
