#!/usr/bin/env python3
"""Loads dyad's GDELT, Phoenix, ICEWS and POLECAT exports the way a user of each dataset
does (pandas.read_csv with sep="\\t") and checks their shape, types and key values.

Usage: load_exports.py DIR ROWS
  DIR holds gdelt.tsv, phoenix.tsv, icews.tsv, polecat.tsv from one store; ROWS is the
  number of events in it. Exit 0 when every check holds; the failing check otherwise.
Run by tools/dyad/export_loaders_test.cc when pandas is installed (python3-pandas).
"""
import sys

import pandas as pd


def check(cond, what):
    if not cond:
        sys.exit("load_exports.py: " + what)


def main():
    d, rows = sys.argv[1], int(sys.argv[2])
    # GDELT and Phoenix files have no header: users pass the column names (here the counts).
    # Codes must be read as text: dtype=str keeps "042" from becoming 42.
    gd = pd.read_csv(d + "/gdelt.tsv", sep="\t", header=None, quoting=3, dtype=str, keep_default_na=False)
    check(gd.shape == (rows, 61), "gdelt shape %s" % (gd.shape,))
    check(all(len(c) >= 2 for c in gd[26]), "gdelt EventCode lost its leading zero")
    check(pd.to_numeric(gd[30]).between(-10, 10).all(), "gdelt GoldsteinScale out of range")
    check(pd.to_datetime(gd[1], format="%Y%m%d").notna().all(), "gdelt SQLDATE not YYYYMMDD")
    lat = pd.to_numeric(gd[56].replace("", None))
    check(lat.dropna().between(-90, 90).all(), "gdelt ActionGeo_Lat not a latitude")
    check(not gd[6].str.upper().isin(["HE", "SHE", "IT", "THEY", "WE", "HIS", "ITS", "THEIR"]).any(),
          "gdelt actor name is a pronoun")
    ph = pd.read_csv(d + "/phoenix.tsv", sep="\t", header=None, quoting=3, dtype=str, keep_default_na=False)
    check(ph.shape == (rows, 26), "phoenix shape %s" % (ph.shape,))
    check(ph[15].isin(["0", "1", "2", "3", "4"]).all(), "phoenix QuadClass not 0-4")
    # ICEWS and POLECAT files have a header row with spaces in the names.
    ic = pd.read_csv(d + "/icews.tsv", sep="\t", quoting=3, dtype=str, keep_default_na=False)
    check(ic.shape == (rows, 20), "icews shape %s" % (ic.shape,))
    check(list(ic.columns[:3]) == ["Event ID", "Event Date", "Source Name"], "icews header")
    check(pd.to_datetime(ic["Event Date"], format="%Y-%m-%d").notna().all(), "icews Event Date")
    check(pd.to_numeric(ic["Intensity"]).between(-10, 10).all(), "icews Intensity")
    po = pd.read_csv(d + "/polecat.tsv", sep="\t", quoting=3, dtype=str, keep_default_na=False)
    check(po.shape == (rows, 40), "polecat shape %s" % (po.shape,))
    quads = {"VERBAL COOPERATION", "MATERIAL COOPERATION", "VERBAL CONFLICT", "MATERIAL CONFLICT"}
    check(po["Quad Code"].isin(quads).all(), "polecat Quad Code not a quad name")
    check(po["Event ID"].is_unique, "polecat Event ID not unique")
    print("load_exports.py: %d rows in each of gdelt, phoenix, icews, polecat" % rows)


if __name__ == "__main__":
    main()
