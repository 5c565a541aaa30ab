// The default dictionaries as shipped: they load with no warning, lint clean (but for people
// not yet dated), and the dated
// entries resolve by the event's date (a former place name, an alias of two presidents).
#include <gtest/gtest.h>

#include "dict/lint.h"
#include "dyad/coder.h"
#include "dyad/dictionary.h"

namespace dyad {
namespace {

std::shared_ptr<const Dictionary> Defaults() {
  static std::shared_ptr<const Dictionary> d = [] {
    auto r = Dictionary::Load(DictionaryOptions{});
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : nullptr;
  }();
  return d;
}

TEST(DefaultDictionaries, LoadWithoutWarningsAndLintClean) {
  ASSERT_NE(Defaults(), nullptr);
  EXPECT_TRUE(Defaults()->warnings().empty()) << Defaults()->warnings().front();
  auto findings = dict::LintPaths(dict::DefaultDictionaryPaths());
  ASSERT_TRUE(findings.ok()) << findings.status().message();
  // People without any dated role (75 today, mostly group leaders) are listed by `dyad dict
  // lint` for the maintainers to date; every other kind of finding fails this test.
  for (const auto& f : *findings)
    if (f.kind != dict::LintFinding::Kind::kPersonUndated) ADD_FAILURE() << dict::FormatFinding(f);
}

std::string SourceOf(const std::string& text, const std::string& date) {
  auto coder = Coder::Create(Defaults());
  EXPECT_TRUE(coder.ok()) << coder.status().message();
  Document doc{"t", text, date, {}, "t"};
  for (const Event& e : coder.value()->Code(doc))
    if (e.source) return e.source->code + " " + e.source->name;
  return "";
}

TEST(DefaultDictionaries, FormerNamesAndSharedAliasesByDate) {
  ASSERT_NE(Defaults(), nullptr);
  EXPECT_EQ(SourceOf("Kiev accused Moscow of sending troops.", "2014-03-01"), "UKRGOV ");
  EXPECT_EQ(SourceOf("Bush met Gorbachev in Malta.", "1989-12-02"), "USAGOV George H. W. Bush");
  EXPECT_EQ(SourceOf("Bush met Putin in Slovenia.", "2001-06-16"), "USAGOV George W. Bush");
  EXPECT_EQ(SourceOf("Assad met Mubarak in Cairo.", "1995-06-10"), "SYRGOV Hafez al-Assad");
  EXPECT_EQ(SourceOf("Assad met Erdogan in Ankara.", "2009-10-10"), "SYRGOV Bashar al-Assad");
}

}  // namespace
}  // namespace dyad
