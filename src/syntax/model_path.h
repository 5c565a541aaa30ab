// syntax/model_path.h: where the product finds its trained syntax model.
#pragma once

#include <string>

namespace dyad::syntax {

// The default model file: $DYAD_SYNTAX_MODEL when set and non-empty, else models/en-ud.bin
// in the source tree dyad was built from (DYAD_MODEL_DIR, set by CMake).
std::string DefaultModelPath();

}  // namespace dyad::syntax
