// Tests of the export layouts: column lists against the reference files, known rows.
#include "out/export_sinks.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace dyad::out {
namespace {

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> f;
  std::string cur;
  for (char c : line) {
    if (c == sep) {
      f.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  f.push_back(cur);
  return f;
}

ExportRecord Sample() {
  ExportRecord r;
  Event& e = r.event;
  e.doc_id = "guardian-007";
  e.sentence = 0;
  e.date = "2019-04-10";
  e.date_source = "document";
  e.source = ActorRef{"IRNGOVMIL", "IRN", "Iranian\tarmy", 0, 12, ""};
  e.target = ActorRef{"IGOUNOREF", "", "the UN refugee agency", 30, 51, ""};
  e.code = "0211";
  e.root = "02";
  e.goldstein = 3.4;
  e.quad = 1;
  e.plover = "";
  e.evidence.verb = "appealed to";
  e.sentence_text = "The Iranian army appealed to the UN refugee agency.";
  e.sentence_end = 51;
  e.location = Location{"Tehran", "IRN", 35.69, 51.42, 112931};
  r.event_id = 42;
  r.cluster_id = 7;
  r.cluster_events = 3;
  r.cluster_documents = 2;
  r.cluster_sources = 1;
  r.doc_url = "https://example.org/a";
  r.doc_source = "Guardian";
  r.ingested_at = "2026-11-29T03:44:57Z";
  return r;
}

std::string Export(ExportFormat f, const ExportRecord& r, bool header = false) {
  std::ostringstream out;
  auto sink = MakeExportSink(f, out, header);
  EXPECT_TRUE(sink->Write(r).ok());
  EXPECT_TRUE(sink->Flush().ok());
  return out.str();
}

// The names of a reference column list in ../shared/data/formats, or empty when absent.
std::vector<std::string> Reference(const std::string& file) {
  std::vector<std::string> names;
  std::ifstream in(std::string(DYAD_SHARED_DIR) + "/data/formats/" + file);
  if (!in) return names;
  std::string line;
  if (file.find(".csv") != std::string::npos) {
    std::getline(in, line);  // header
    while (std::getline(in, line))
      if (!line.empty()) names.push_back(line.substr(0, line.find(',')));
  } else {
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::istringstream ls(line);
      std::string num, name;
      ls >> num >> name;
      names.push_back(name);
    }
  }
  return names;
}

TEST(ExportColumns, MatchTheReferenceLists) {
  EXPECT_EQ(ExportColumns(ExportFormat::kPhoenix).size(), 26u);
  EXPECT_EQ(ExportColumns(ExportFormat::kGdelt).size(), 61u);
  EXPECT_EQ(ExportColumns(ExportFormat::kTabari).size(), 7u);
  EXPECT_EQ(ExportColumns(ExportFormat::kIcews).size(), 20u);
  EXPECT_EQ(ExportColumns(ExportFormat::kPolecat).size(), 40u);
  const auto gdelt = Reference("GDELT-2.0-events-columns.csv");
  const auto phoenix = Reference("PHOENIX-columns.txt");
  if (gdelt.empty() || phoenix.empty()) GTEST_SKIP() << "../shared/data/formats not found: reference lists not compared";
  std::vector<std::string> ours;
  for (auto c : ExportColumns(ExportFormat::kGdelt)) ours.emplace_back(c);
  EXPECT_EQ(ours, gdelt);
  ours.clear();
  for (auto c : ExportColumns(ExportFormat::kPhoenix)) ours.emplace_back(c);
  EXPECT_EQ(ours, phoenix);
}

TEST(ExportFormats, PhoenixRow) {
  const std::string line = Export(ExportFormat::kPhoenix, Sample());
  ASSERT_EQ(line.back(), '\n');
  const auto f = Split(line.substr(0, line.size() - 1), '\t');
  ASSERT_EQ(f.size(), 26u) << line;
  EXPECT_EQ(f[0], "42_dyad");
  EXPECT_EQ(f[1], "20190410");
  EXPECT_EQ(f[2], "2019");
  EXPECT_EQ(f[3], "4");
  EXPECT_EQ(f[4], "10");
  EXPECT_EQ(f[5], "IRNGOVMIL");
  EXPECT_EQ(f[6], "IRN");
  EXPECT_EQ(f[7], "GOV");
  EXPECT_EQ(f[8], "MIL");
  EXPECT_EQ(f[9], "IGOUNOREF");
  EXPECT_EQ(f[10], "IGO");
  EXPECT_EQ(f[11], "");
  EXPECT_EQ(f[12], "UNO;REF");
  EXPECT_EQ(f[13], "0211");
  EXPECT_EQ(f[14], "02");
  EXPECT_EQ(f[15], "0");  // Phoenix's QuadClass: roots 01-02 are neutral
  EXPECT_EQ(f[16], "3.4");
  EXPECT_EQ(f[18], "35.69");
  EXPECT_EQ(f[20], "Tehran");
  EXPECT_EQ(f[22], "IRN");
  EXPECT_EQ(f[23], "guardian-007_0");
  EXPECT_EQ(f[24], "https://example.org/a");
  EXPECT_EQ(f[25], "Guardian");
}

TEST(ExportFormats, GdeltRow) {
  const std::string line = Export(ExportFormat::kGdelt, Sample());
  const auto f = Split(line.substr(0, line.size() - 1), '\t');
  ASSERT_EQ(f.size(), 61u) << line;
  const auto& cols = ExportColumns(ExportFormat::kGdelt);
  auto col = [&](std::string_view name) {
    for (size_t i = 0; i < cols.size(); ++i)
      if (cols[i] == name) return f[i];
    ADD_FAILURE() << name;
    return std::string();
  };
  EXPECT_EQ(col("GLOBALEVENTID"), "42");
  EXPECT_EQ(col("SQLDATE"), "20190410");
  EXPECT_EQ(col("MonthYear"), "201904");
  EXPECT_EQ(col("FractionDate"), "2019.3562");
  EXPECT_EQ(col("Actor1Code"), "IRNGOVMIL");
  EXPECT_EQ(col("Actor1Name"), "IRANIAN ARMY");  // the tab became a space
  EXPECT_EQ(col("Actor1CountryCode"), "IRN");
  EXPECT_EQ(col("Actor1Type1Code"), "GOV");
  EXPECT_EQ(col("Actor1Type2Code"), "MIL");
  // IGOUNOREF: IGO is a CAMEO type (international generic code), UNO the known group, REF
  // a type (secondary role): each chunk by its kind, not its position.
  EXPECT_EQ(col("Actor2KnownGroupCode"), "UNO");
  EXPECT_EQ(col("Actor2Type1Code"), "IGO");
  EXPECT_EQ(col("Actor2Type2Code"), "REF");
  EXPECT_EQ(col("IsRootEvent"), "1");
  EXPECT_EQ(col("EventCode"), "0211");
  EXPECT_EQ(col("EventBaseCode"), "021");
  EXPECT_EQ(col("EventRootCode"), "02");
  EXPECT_EQ(col("QuadClass"), "1");
  EXPECT_EQ(col("GoldsteinScale"), "3.4");
  EXPECT_EQ(col("NumMentions"), "3");
  EXPECT_EQ(col("NumSources"), "1");
  EXPECT_EQ(col("NumArticles"), "2");
  EXPECT_EQ(col("AvgTone"), "");
  EXPECT_EQ(col("ActionGeo_FullName"), "Tehran, Iran");
  EXPECT_EQ(col("ActionGeo_FeatureID"), "112931");
  EXPECT_EQ(col("DATEADDED"), "20261129034457");
  EXPECT_EQ(col("SOURCEURL"), "https://example.org/a");
}

TEST(ExportFormats, TabariRowAndHeaders) {
  const std::string line = Export(ExportFormat::kTabari, Sample());
  EXPECT_EQ(line, "20190410\tIRNGOVMIL\tIGOUNOREF\t0211\t(APPEAL FOR ECONOMIC COOPERATION) APPEALED TO\tguardian-007\t0\n");
  const std::string with = Export(ExportFormat::kTabari, Sample(), true);
  EXPECT_EQ(with.substr(0, with.find('\n')), "date\tsource\ttarget\tevent\tlabel\tid\tsentence");
  // A header is written even without events.
  std::ostringstream out;
  auto sink = MakeExportSink(ExportFormat::kGdelt, out, true);
  ASSERT_TRUE(sink->Flush().ok());
  EXPECT_EQ(Split(out.str().substr(0, out.str().size() - 1), '\t').size(), 61u);
}

TEST(ExportFormats, PloverAndJsonl) {
  ExportRecord r = Sample();
  EXPECT_EQ(Export(ExportFormat::kPlover, r), "");  // 0211 has no PLOVER category
  r.event.code = "042";
  r.event.root = "04";
  r.event.plover = "CONSULT";
  const auto j = nlohmann::json::parse(Export(ExportFormat::kPlover, r));
  EXPECT_EQ(j["id"], "dyad-42");
  EXPECT_EQ(j["event"], nlohmann::json::array({"CONSULT"}));
  EXPECT_EQ(j["actor"][0]["code"], "IRN");
  EXPECT_EQ(j["actor"][0]["sector"], "GOVMIL");
  EXPECT_EQ(j["recipient"][0]["code"], "IGO");
  EXPECT_EQ(j["cameo"], "042");
  EXPECT_EQ(j["textInfo"]["sequence"], 0);
  const auto d = nlohmann::json::parse(Export(ExportFormat::kJsonl, r));
  EXPECT_EQ(d["doc_id"], "guardian-007");
  EXPECT_EQ(d["code"], "042");
  EXPECT_FALSE(ParseExportFormat("csv").ok());
}

}  // namespace
}  // namespace dyad::out
