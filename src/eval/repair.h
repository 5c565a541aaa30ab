// eval/repair.h: repairing the encoding damage found in gold files.
//
// The ICEWS cameo-codes.csv was written through a UTF-8 -> Mac Roman -> Windows-1252 round
// trip: a right single quote (UTF-8 E2 80 99) became the three bytes 82 C4 F4 ("‚Äô").
// RepairMojibake undoes that round trip where it can, then decodes any other byte that is
// not UTF-8 as Windows-1252 (Latin-1 for A0-FF), so the result is always valid UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace dyad::eval {

// Valid UTF-8 for any bytes. Well-formed UTF-8 sequences are copied as they are.
std::string RepairMojibake(std::string_view bytes);

}  // namespace dyad::eval
