// tools/dyad/validate_cmd.h: `dyad validate`, running a TABARI validation project.
#pragma once

// dyad validate [--show-passes] [--duplicates] PROJECT
// Codes every record of a TABARI validation project (e.g. Validate.project) and prints one
// line per failing record, then "N passed, M failed". Exit code: 0 when every standard
// record passes, 1 when some fail, 2 on an error (unreadable project or dictionary).
// `argv[0]` is the subcommand name ("validate").
int RunValidate(int argc, char** argv);
