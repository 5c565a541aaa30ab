# Loads dyad's GDELT, Phoenix, ICEWS and POLECAT exports the way a user of each dataset does
# in R (read.delim) and checks shape, types and key values; ICEWS columns are renamed as the
# icews R package names them (lower_snake_case: event_id, event_date, cameo_code...).
#
# Usage: Rscript load_exports.R DIR ROWS   (files as for load_exports.py)
# Run by tools/dyad/export_loaders_test.cc when Rscript is installed (r-base-core).
args <- commandArgs(trailingOnly = TRUE)
d <- args[1]
rows <- as.integer(args[2])
check <- function(cond, what) if (!isTRUE(cond)) { message("load_exports.R: ", what); quit(status = 1) }

gd <- read.delim(file.path(d, "gdelt.tsv"), header = FALSE, quote = "", colClasses = "character",
                 na.strings = character(0))
check(identical(dim(gd), c(rows, 61L)), paste("gdelt dim", paste(dim(gd), collapse = "x")))
check(all(nchar(gd$V27) >= 2), "gdelt EventCode lost its leading zero")
gs <- as.numeric(gd$V31)
check(all(!is.na(gs) & gs >= -10 & gs <= 10), "gdelt GoldsteinScale")
check(all(!is.na(as.Date(gd$V2, "%Y%m%d"))), "gdelt SQLDATE")

ph <- read.delim(file.path(d, "phoenix.tsv"), header = FALSE, quote = "", colClasses = "character")
check(identical(dim(ph), c(rows, 26L)), "phoenix dim")
check(all(ph$V16 %in% c("0", "1", "2", "3", "4")), "phoenix QuadClass")

ic <- read.delim(file.path(d, "icews.tsv"), quote = "", colClasses = "character", check.names = FALSE)
names(ic) <- gsub(" ", "_", tolower(names(ic)))  # the icews package's names
check(identical(dim(ic), c(rows, 20L)), "icews dim")
check(all(c("event_id", "event_date", "source_name", "cameo_code", "intensity", "story_id") %in% names(ic)),
      "icews names")
check(all(!is.na(as.Date(ic$event_date))), "icews event_date")
check(all(!is.na(as.numeric(ic$intensity))), "icews intensity")

po <- read.delim(file.path(d, "polecat.tsv"), quote = "", colClasses = "character", check.names = FALSE)
check(identical(dim(po), c(rows, 40L)), "polecat dim")
check(all(po[["Quad Code"]] %in% c("VERBAL COOPERATION", "MATERIAL COOPERATION", "VERBAL CONFLICT",
                                  "MATERIAL CONFLICT")), "polecat Quad Code")
cat("load_exports.R:", rows, "rows in each of gdelt, phoenix, icews, polecat\n")
