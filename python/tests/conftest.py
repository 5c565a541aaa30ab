"""Shared fixtures of the Python tests (run by ctest `python_tests`, python/CMakeLists.txt).

Environment set by ctest: PYTHONPATH (the built package), DYAD_BINARY (the CLI),
DYAD_SHARED_DIR (../shared, for the Guardian sample), DYAD_SOURCE_DIR.
"""
import json
import os
import subprocess

import pytest

try:
    import dyad
except ImportError as e:  # the module was not built: every test says why it is skipped
    dyad = None
    _IMPORT_ERROR = str(e)

SOURCE_DIR = os.environ.get("DYAD_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED_DIR = os.environ.get("DYAD_SHARED_DIR", os.path.join(SOURCE_DIR, "..", "shared"))
GUARDIAN = os.path.join(SHARED_DIR, "data", "corpus", "guardian-2019-sample.jsonl")


def pytest_collection_modifyitems(config, items):
    if dyad is None:
        skip = pytest.mark.skip(reason=f"the dyad module does not import ({_IMPORT_ERROR}); "
                                       "build it (cmake, with python3-dev and pybind11-dev)")
        for item in items:
            item.add_marker(skip)


def normalised(event):
    """An event as one JSON text with sorted keys: the comparison form."""
    return json.dumps(event, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("DYAD_BINARY", os.path.join(SOURCE_DIR, "build", "dyad"))
    if not os.access(path, os.X_OK):
        pytest.skip(f"the dyad CLI is not built ({path})")
    return path


@pytest.fixture(scope="session")
def coder():
    return dyad.Coder(threads=2)


@pytest.fixture(scope="session")
def guardian():
    if not os.path.exists(GUARDIAN):
        pytest.skip(f"the Guardian sample is absent ({GUARDIAN}; ../shared/data is not part of the project)")
    return GUARDIAN


@pytest.fixture(scope="session")
def guardian_cli_output(cli, guardian):
    """The bytes `dyad code` writes for the Guardian sample."""
    r = subprocess.run([cli, "code", guardian], capture_output=True, check=False)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout
