"""The Python examples of docs/python.md run, each as a script, and their asserts hold."""
import os
import re
import subprocess
import sys

import pytest

from conftest import SOURCE_DIR

DOC = os.path.join(SOURCE_DIR, "docs", "python.md")


def blocks():
    with open(DOC, encoding="utf-8") as f:
        return re.findall(r"```python\n(.*?)```", f.read(), flags=re.S)


def test_the_page_has_the_two_examples():
    found = blocks()
    assert len(found) == 2
    assert "code_frame" in found[0] and "plt.savefig" in found[0]
    assert "dyad.dask.code_bag" in found[1]


@pytest.mark.parametrize("index, needs", [(0, ["pandas", "matplotlib"]), (1, ["pandas", "dask.bag", "distributed"])])
def test_example_runs(index, needs, tmp_path):
    for module in needs:
        pytest.importorskip(module, reason=f"{module} is not installed (scripts/setup.sh installs its Debian package)")
    script = tmp_path / f"example{index}.py"
    script.write_text(blocks()[index], encoding="utf-8")
    r = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    if index == 0:
        assert (tmp_path / "kaz-irn-per-month.png").stat().st_size > 1000
