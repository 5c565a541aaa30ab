// syntax/model_path.cc: see model_path.h.
#include "syntax/model_path.h"

#include <cstdlib>

#ifndef DYAD_MODEL_DIR
#define DYAD_MODEL_DIR "models"
#endif

namespace dyad::syntax {

std::string DefaultModelPath() {
  if (const char* env = std::getenv("DYAD_SYNTAX_MODEL"); env && *env) return env;
  return std::string(DYAD_MODEL_DIR) + "/en-ud.bin";
}

}  // namespace dyad::syntax
