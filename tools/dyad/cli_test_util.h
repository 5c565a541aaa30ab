// tools/dyad/cli_test_util.h: running the real dyad binary from tests.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace dyad::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Runs `DYAD_BINARY args` through the shell; stdout and stderr are captured to files.
inline RunResult RunDyad(const std::string& args, const std::string& stdin_file = "") {
  namespace fs = std::filesystem;
  static int counter = 0;
  fs::path dir = fs::temp_directory_path() / ("dyad-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string out = (dir / ("out" + std::to_string(counter))).string();
  std::string err = (dir / ("err" + std::to_string(counter++))).string();
  std::string cmd = std::string(DYAD_BINARY) + " " + args + " >" + out + " 2>" + err;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadAll(out);
  r.err = ReadAll(err);
  return r;
}

inline std::string MiniDictArgs() {
  return std::string("--no-default-dict --dict ") + DYAD_TEST_DATA_DIR + "/mini.dict";
}

// A scratch directory for one test's input files.
inline std::filesystem::path ScratchDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("dyad-test-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::create_directories(dir);
  return dir;
}

inline std::string WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

}  // namespace dyad::testing
