// code/coder_test_util.h: the coder run on tests/data/mini.dict, for tests.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"

namespace dyad {

inline std::shared_ptr<const Dictionary> MiniDict() {
  static std::shared_ptr<const Dictionary> d = [] {
    DictionaryOptions o;
    o.load_defaults = false;
    o.extra_paths = {std::string(DYAD_TEST_DATA_DIR) + "/mini.dict"};
    auto r = Dictionary::Load(o);
    EXPECT_TRUE(r.ok()) << r.status().message();
    EXPECT_TRUE(r.value()->warnings().empty());
    return r.value();
  }();
  return d;
}

inline std::vector<Event> CodeText(const std::string& text, const std::string& date = "2006-06-16") {
  auto coder = Coder::Create(MiniDict());
  EXPECT_TRUE(coder.ok());
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = date;
  return coder.value()->Code(doc);
}

}  // namespace dyad
