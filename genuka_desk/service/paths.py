"""Where genuka-desk keeps its files (platformdirs, or one ``--data-dir``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "genuka-desk"
APP_AUTHOR = "Genuka"


@dataclass(frozen=True)
class AppPaths:
    """The folders for data (database, queue), settings and logs."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's usual places for this user."""
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        )

    @classmethod
    def under(cls, root: str | Path) -> AppPaths:
        """Everything below one folder (``--data-dir``): data, config and logs side by side."""
        base = Path(root).expanduser().resolve()
        return cls(data_dir=base / "data", config_dir=base / "config", log_dir=base / "logs")

    @classmethod
    def resolve(cls, root: str | Path | None) -> AppPaths:
        """:meth:`under` ``root`` when given, else :meth:`default`."""
        return cls.under(root) if root else cls.default()

    def ensure(self) -> AppPaths:
        """Create the folders (owner-only where the OS honours it)."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self

    @property
    def log_file(self) -> Path:
        """The current log file (rotated ones get .1, .2...)."""
        return self.log_dir / f"{APP_NAME}.log"
