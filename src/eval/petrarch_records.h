// eval/petrarch_records.h: PETRARCH's unit-test records (PETR.UnitTest.records.xml).
//
// The file is XML of a fixed shape: an <Environment> naming the dictionaries
// (<Verbfile>, <Actorfile>, <Agentfile>, relative to the file), then <Sentence date id
// category valid> records, each with <EventCoding sourcecode targetcode eventcode> lines
// (or `noevents = "True"`, or `error=...`), a <Text> and a CoreNLP <Parse>, which dyad
// does not read. This reader finds those tags and nothing more; it is not a general XML
// parser.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "dyad/status.h"

namespace dyad::eval {

struct PetrarchEvent {
  std::string source, target, code;
  bool operator<(const PetrarchEvent& o) const {
    return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
  }
  bool operator==(const PetrarchEvent& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
};

struct PetrarchRecord {
  std::string id, category, date;  // date as YYYY-MM-DD
  bool valid = true;
  bool error = false;              // an <EventCoding error=...> record (expects no events)
  std::vector<PetrarchEvent> expected;  // empty: no events expected
  std::string text;                // whitespace collapsed
  int line = 0;                    // line of <Sentence in the file
};

struct PetrarchTests {
  std::string verbs, actors, agents;  // dictionary paths, resolved against the file's folder
  std::vector<PetrarchRecord> records;
};

// Reads `content` (from `path`, used to resolve the dictionaries and in messages).
// Fails, naming path:line, on a record without <Text> or with an unreadable date.
Result<PetrarchTests> ParsePetrarchTests(const std::string& path, const std::string& content);

}  // namespace dyad::eval
