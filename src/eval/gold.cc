// eval/gold.cc: reading a gold file from disk.
#include "eval/gold.h"

#include <fstream>
#include <sstream>

namespace dyad::eval {

Result<GoldSet> ReadGold(GoldFormat format, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read error");
  return format == GoldFormat::kCameo ? ParseCameoGold(path, ss.str())
                                      : ParsePloverGold(path, ss.str());
}

}  // namespace dyad::eval
