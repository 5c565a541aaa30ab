// syntax/model_path.cc: see model_path.h.
#include "syntax/model_path.h"

#include <cstdlib>

#include "util/data_dir.h"

namespace dyad::syntax {

std::string DefaultModelPath() {
  if (const char* env = std::getenv("DYAD_SYNTAX_MODEL"); env && *env) return env;
  return util::Data().model_dir + "/en-ud.bin";
}

}  // namespace dyad::syntax
