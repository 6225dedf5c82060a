"""clients/python installs with pip from the repository, with its generated package and data files."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.any_database]
CLIENT = Path(__file__).resolve().parents[2] / "clients" / "python"


def test_pip_installs_the_client_from_the_repository(tmp_path):
    target, source = tmp_path / "site", tmp_path / "client"
    # From a copy: a build writes build/ and *.egg-info next to the sources.
    shutil.copytree(CLIENT, source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(source),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
        cwd=tmp_path,
    )
    assert installed.returncode == 0, installed.stderr
    assert installed.stderr == "", "no warning on install"
    package = target / "adoption_client"
    assert {"py.typed", "csv_columns.json"} <= {path.name for path in package.iterdir()}
    assert (package / "generated" / "api" / "deployments" / "deployments_csv.py").is_file()
    # Imported from where pip put it (not from the repository), it reads its CSV columns.
    imported = subprocess.run(
        [
            sys.executable,
            "-c",
            "import adoption_client, adoption_client.frames as f; "
            "print(adoption_client.__file__); print(len(f.columns()))",
        ],  # fmt: skip
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(target)},
        cwd=tmp_path,
    )
    assert imported.returncode == 0, imported.stderr
    where, resources = imported.stdout.split()
    assert where.startswith(str(target)) and int(resources) >= 10
