"""Runs the Python tests for ctest: pytest when it is installed, else a clear skip (77).

The guard matters: Dask's worker processes are started with multiprocessing's "spawn",
which imports the parent's main script again; unguarded, each worker would run the
whole test suite.
"""
import sys


def main():
    try:
        import pytest
    except ImportError:
        print("python_tests skipped: pytest is not installed for " + sys.executable +
              " (Debian: python3-pytest; scripts/setup.sh installs it)")
        return 77
    return pytest.main(["-q", "-rs", "-p", "no:cacheprovider"] + sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
