// fuzz/tabari_dict_fuzzer.cc: the TABARI dictionary loaders. The first byte picks the
// file kind (.actors, .agents, .verbs, .options); the rest is the file's lines.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dict/tabari/actors_loader.h"
#include "dict/tabari/agents_loader.h"
#include "dict/tabari/options_loader.h"
#include "dict/tabari/verbs_loader.h"
#include "fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  auto lines = dyad::fuzz::Lines(
      std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  dyad::tabari::LoadReport report;
  switch (data[0] % 4) {
    case 0: {
      dyad::tabari::ActorsFile out;
      dyad::tabari::ParseActors("fuzz.actors", lines, &out, &report);
      break;
    }
    case 1: {
      std::vector<dyad::tabari::AgentEntry> out;
      dyad::tabari::ParseAgents("fuzz.agents", lines, &out, &report);
      break;
    }
    case 2: {
      dyad::tabari::VerbsFile out;
      dyad::tabari::ParseVerbs("fuzz.verbs", lines, &out, &report);
      break;
    }
    case 3: {
      dyad::tabari::TabariOptions opts;
      dyad::tabari::ParseOptions("fuzz.options", lines, &opts, &report);
      break;
    }
  }
  for (const auto& e : report.errors) DYAD_FUZZ_CHECK(e.starts_with("fuzz."));
  return 0;
}
