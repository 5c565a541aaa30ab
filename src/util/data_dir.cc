// util/data_dir.cc: see data_dir.h.
#include "util/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#ifndef DYAD_DICT_SOURCE_DIR
#define DYAD_DICT_SOURCE_DIR "dictionaries"
#endif
#ifndef DYAD_DICT_GENERATED_DIR
#define DYAD_DICT_GENERATED_DIR "build/dictionaries"
#endif
#ifndef DYAD_MODEL_DIR
#define DYAD_MODEL_DIR "models"
#endif

namespace dyad::util {
namespace fs = std::filesystem;

DataPaths DataPathsUnder(const std::string& dir, const std::string& origin) {
  return {dir + "/dictionaries", dir + "/generated", dir + "/models", origin};
}

std::string ExecutableDir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  return exe.parent_path().string();
}

namespace {

DataPaths Resolve() {
  if (const char* env = std::getenv("DYAD_DATA_DIR"); env && *env)
    return DataPathsUnder(env, "DYAD_DATA_DIR");
  // An installed binary lives in <prefix>/bin; its data in <prefix>/share/dyad.
  if (std::string exe_dir = ExecutableDir(); !exe_dir.empty()) {
    std::error_code ec;
    fs::path share = fs::path(exe_dir).parent_path() / "share" / "dyad";
    if (fs::is_directory(share / "dictionaries", ec))
      return DataPathsUnder(fs::weakly_canonical(share, ec).string(), "installed");
  }
  return {DYAD_DICT_SOURCE_DIR, DYAD_DICT_GENERATED_DIR, DYAD_MODEL_DIR, "build tree"};
}

}  // namespace

const DataPaths& Data() {
  static const DataPaths paths = Resolve();
  return paths;
}

}  // namespace dyad::util
