"""Where the database lives: --db, then $CLAIMDIFF_DB, then the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

ENVIRONMENT_VARIABLE = "CLAIMDIFF_DB"
FILE_NAME = "claimdiff.db"


def database_path(option: str | os.PathLike[str] | None = None) -> Path:
    """The database file to use; its folder is created when the database is opened."""
    if option:
        return Path(option).expanduser()
    if os.environ.get(ENVIRONMENT_VARIABLE):
        return Path(os.environ[ENVIRONMENT_VARIABLE]).expanduser()
    from platformdirs import user_data_path

    return user_data_path("claimdiff", appauthor=False) / FILE_NAME
