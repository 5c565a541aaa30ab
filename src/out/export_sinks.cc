// out/export_sinks.cc: the export formats' shared parts, dyad JSON Lines, and the factory.
//
// Delimited formats (delimited_exports.cc: TABARI, Phoenix; gdelt_export.cc, icews_export.cc,
// polecat_export.cc) build one line
// per record in a reused buffer through the helpers of export_util.h; JSON formats reuse
// the reference JSON Lines sink (dyad) or build PLOVER objects (plover_export.cc).
#include "out/export_sinks.h"

#include "out/export_util.h"
#include "out/sink.h"

namespace dyad::out {
namespace {

class JsonlExport final : public RecordSink {
 public:
  explicit JsonlExport(std::ostream& out) : sink_(MakeJsonlSink(out)) {}
  Status Write(const ExportRecord& r) override { return sink_->Write(r.event); }
  Status Flush() override { return sink_->Flush(); }

 private:
  std::unique_ptr<EventSink> sink_;
};

}  // namespace

Result<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "tabari") return ExportFormat::kTabari;
  if (name == "phoenix") return ExportFormat::kPhoenix;
  if (name == "gdelt") return ExportFormat::kGdelt;
  if (name == "plover") return ExportFormat::kPlover;
  if (name == "icews") return ExportFormat::kIcews;
  if (name == "polecat") return ExportFormat::kPolecat;
  return Status::InvalidArgument("unknown export format '" + std::string(name) +
                                 "' (one of: jsonl, tabari, phoenix, gdelt, icews, polecat, plover)");
}

const std::vector<std::string_view>& ExportColumns(ExportFormat format) {
  static const std::vector<std::string_view> none;
  switch (format) {
    case ExportFormat::kTabari: return TabariColumns();
    case ExportFormat::kPhoenix: return PhoenixColumns();
    case ExportFormat::kGdelt: return GdeltColumns();
    case ExportFormat::kIcews: return IcewsColumns();
    case ExportFormat::kPolecat: return PolecatColumns();
    default: return none;
  }
}

bool DefaultHeader(ExportFormat format) {
  return format == ExportFormat::kIcews || format == ExportFormat::kPolecat;
}

std::unique_ptr<RecordSink> MakeExportSink(ExportFormat format, std::ostream& out, bool header) {
  switch (format) {
    case ExportFormat::kJsonl: return std::make_unique<JsonlExport>(out);
    case ExportFormat::kTabari: return MakeTabariExport(out, header);
    case ExportFormat::kPhoenix: return MakePhoenixExport(out, header);
    case ExportFormat::kGdelt: return MakeGdeltExport(out, header);
    case ExportFormat::kPlover: return MakePloverExport(out);
    case ExportFormat::kIcews: return MakeIcewsExport(out, header);
    case ExportFormat::kPolecat: return MakePolecatExport(out, header);
  }
  return nullptr;
}

// ---- helpers (export_util.h) ----

void AppendTsvField(std::string_view s, std::string* out) {
  const size_t from = out->size();
  io::AppendUtf8Repaired(s, out);
  for (size_t i = from; i < out->size(); ++i) {
    const unsigned char c = static_cast<unsigned char>((*out)[i]);
    if (c < 0x20 || c == 0x7F) (*out)[i] = ' ';
  }
}

void AppendNumber(double v, std::string* out) {
  if (!std::isfinite(v)) return;
  if (v == 0) v = 0;
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

bool SplitDate(std::string_view date, int* y, int* m, int* d) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  *y = std::stoi(std::string(date.substr(0, 4)));
  *m = std::stoi(std::string(date.substr(5, 2)));
  *d = std::stoi(std::string(date.substr(8, 2)));
  return true;
}

std::string DigitsOfDate(std::string_view date) {
  if (date.size() != 10) return "";
  std::string d;
  d.append(date.substr(0, 4)).append(date.substr(5, 2)).append(date.substr(8, 2));
  return d;
}

std::vector<std::string> CodeChunks(std::string_view code) {
  std::vector<std::string> out;
  for (size_t i = 0; i < code.size(); i += 3) out.emplace_back(code.substr(i, 3));
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

Status WriteLine(std::ostream& out, const std::string& line) {
  out.write(line.data(), static_cast<std::streamsize>(line.size()));
  return out ? Status::Ok() : Status::IoError("write failed (closed output?)");
}

Status FlushStream(std::ostream& out) {
  out.flush();
  return out ? Status::Ok() : Status::IoError("write failed (closed output?)");
}

std::string HeaderLine(const std::vector<std::string_view>& columns) {
  std::string h;
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i) h += '\t';
    h += columns[i];
  }
  return h + '\n';
}

}  // namespace dyad::out
