// out/export_sinks.h: the formats `dyad export` writes (docs/export-formats.md).
//
// Each format is a sink over ExportRecord: an event as stored, with what the store adds
// (its id, its duplicate cluster, the document's URL, source and ingest time). Column
// lists are dyad's own statement of each reference layout: TABARI's event record,
// Phoenix's 26 columns, GDELT 2.0's 61 event columns, ICEWS's 20, POLECAT's 40.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad::out {

struct ExportRecord {
  Event event;
  int64_t event_id = 0;          // the store's event id (stable; GDELT's GLOBALEVENTID)
  int64_t cluster_id = 0;        // events with the same source, target, code and date
  int64_t cluster_events = 1;    // events in the cluster, over the whole store
  int64_t cluster_documents = 1; // distinct documents among them
  int64_t cluster_sources = 1;   // distinct document sources (publications) among them
  std::string doc_url;           // the document's "url" metadata, or ""
  std::string doc_source;        // its "source" (or "publication") metadata, or ""
  std::string doc_date;          // the document's (story's) date, YYYY-MM-DD, or ""
  std::string ingested_at;       // "YYYY-MM-DDTHH:MM:SSZ", UTC
};

enum class ExportFormat { kJsonl, kTabari, kPhoenix, kGdelt, kPlover, kIcews, kPolecat };

// "jsonl", "tabari", "phoenix", "gdelt", "plover", "icews", "polecat"; an error listing
// them otherwise.
Result<ExportFormat> ParseExportFormat(std::string_view name);

// The column names of the delimited formats, in order (empty for the JSON formats).
const std::vector<std::string_view>& ExportColumns(ExportFormat format);

// Whether the format writes a header line when the user does not say: false for TABARI,
// Phoenix and GDELT, whose reference files have none; true for ICEWS and POLECAT, whose
// files start with one.
bool DefaultHeader(ExportFormat format);

// One record at a time into `out`, which must outlive the sink. Used by one thread.
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual Status Write(const ExportRecord& record) = 0;
  virtual Status Flush() = 0;
};

// `header`: write the column names first (delimited formats; ignored for JSON). Tabs,
// newlines and other control characters inside a delimited field become spaces.
std::unique_ptr<RecordSink> MakeExportSink(ExportFormat format, std::ostream& out, bool header);

}  // namespace dyad::out
