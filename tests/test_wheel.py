"""The example pair ships inside the wheel: `claimdiff match` works from an install, not only a checkout."""

from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import venv
from pathlib import Path

from tests.conftest import ROOT


def test_installed_wheel_compares_the_bundled_example_pair(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = wheels.glob("claimdiff-*.whl")
    # Dependencies come from this interpreter's site-packages (a path in a .pth file, which
    # does not run the editable-install hook there); claimdiff itself only from the wheel.
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    (purelib,) = (env_dir / "lib").glob("python3*/site-packages")
    (purelib / "dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run(
        [str(env_dir / "bin" / "claimdiff"), "match", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env=environment,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert str(env_dir) in data["a"]["source"]
    assert data["b"]["title"] == "Iran Finally Admits for the First Time that It’s Supplying Russia with Drones"
    assert any(m["relation"] == "conflict" for m in data["matches"])
