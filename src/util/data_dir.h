// util/data_dir.h: where dyad finds its data (dictionaries, gazetteer, syntax model).
//
// Three layouts, tried in this order:
//   1. $DYAD_DATA_DIR, when set and non-empty: DIR/dictionaries (hand-written *.dict),
//      DIR/generated (countries.dict, gazetteer.tsv), DIR/models (en-ud.bin).
//   2. An installed dyad (`cmake --install`): the same three folders under
//      <prefix>/share/dyad, found from the running binary's own path (<prefix>/bin/dyad),
//      so a prefix can be moved or copied to another machine.
//   3. The build tree dyad was built in: the paths CMake compiled in (the checkout's
//      dictionaries/ and models/, the build directory's dictionaries/).
// The syntax model (syntax::DefaultModelPath) is models/en-ud.bin of this layout, unless
// $DYAD_SYNTAX_MODEL names another file.
#pragma once

#include <string>

namespace dyad::util {

struct DataPaths {
  std::string dict_source;     // hand-written dictionaries (*.dict)
  std::string dict_generated;  // generated dictionaries and gazetteer.tsv
  std::string model_dir;       // en-ud.bin
  std::string origin;          // "DYAD_DATA_DIR", "installed" or "build tree"
};

// The data paths of this process (computed once; thread-safe).
const DataPaths& Data();

// The layout under a data directory DIR (cases 1 and 2 above).
DataPaths DataPathsUnder(const std::string& dir, const std::string& origin);

// The directory holding the running executable ("" when /proc/self/exe is unreadable).
std::string ExecutableDir();

}  // namespace dyad::util
