// syntax/model_path.h: where the product finds its trained syntax model.
#pragma once

#include <string>

namespace dyad::syntax {

// The default model file: $DYAD_SYNTAX_MODEL when set and non-empty, else en-ud.bin in
// the data layout of util::Data() ($DYAD_DATA_DIR/models, <prefix>/share/dyad/models of an
// installed binary, or the source tree's models/ that CMake compiled in).
std::string DefaultModelPath();

}  // namespace dyad::syntax
