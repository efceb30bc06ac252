"""The reader's keys as the user rebinds them: a small TOML file in the user config folder.

    # ~/.config/claimdiff/keys.toml
    [keys]
    next-conflict = "n"          # a binding id (claimdiff's help lists them) = key(s)
    next-hit = "ctrl+n"
    page-down = "pagedown,space"

Read once at start-up and handed to Textual's `App.set_keymap`. A file that cannot be read, an
unknown binding id or two actions on one key is said in one line each when the reader opens,
and those entries are left out; the rest of the file still applies.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from textual.binding import Binding

KEYS_VARIABLE = "CLAIMDIFF_KEYS"
"""Names the keys file instead of the one in the user config folder."""


@dataclass(frozen=True)
class Keymap:
    """Binding id -> keys, and what was wrong with the file (one line each)."""

    keys: dict[str, str]
    problems: tuple[str, ...] = ()


def keys_path() -> Path:
    """Where the keys file is: $CLAIMDIFF_KEYS, else keys.toml in the user config folder."""
    named = os.environ.get(KEYS_VARIABLE)
    if named:
        return Path(named)
    from platformdirs import user_config_dir

    return Path(user_config_dir("claimdiff")) / "keys.toml"


def load_keymap(path: Path, bindings: Iterable[Binding]) -> Keymap:
    """The user's keymap for these bindings; no file means no changes."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Keymap({})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Keymap({}, (f"{path}: not read ({' '.join(str(error).split())}); the default keys apply",))
    table = data.get("keys", {})
    if not isinstance(table, dict):
        return Keymap({}, (f'{path}: [keys] must be a table of binding id = "key"',))
    defaults = {binding.id: binding.key for binding in bindings if binding.id}
    problems: list[str] = []
    keys: dict[str, str] = {}
    for binding_id, value in table.items():
        if binding_id not in defaults:
            problems.append(f"{path}: no action {binding_id!r} (see ? for the keys and their ids)")
        elif not isinstance(value, str) or not value.strip():
            problems.append(f'{path}: {binding_id} needs a key such as "n" or "ctrl+n"')
        else:
            keys[binding_id] = ",".join(part.strip() for part in value.split(","))
    for key, owners in _owners({**defaults, **keys}).items():
        if len(owners) > 1:
            changed = [owner for owner in owners if owner in keys]
            problems.append(f"{path}: {key!r} is given to {' and '.join(sorted(owners))}; left as it was")
            for owner in changed:
                keys.pop(owner, None)
    return Keymap(keys, tuple(problems))


def _owners(keys: dict[str, str]) -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for binding_id, value in keys.items():
        for key in value.split(","):
            owners.setdefault(key, set()).add(binding_id)
    return owners
