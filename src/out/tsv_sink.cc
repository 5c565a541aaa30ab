// out/tsv_sink.cc: events as tab-separated values, for spreadsheets, R and awk.
//
// One header line, then one line per event with fifteen columns (docs/event-schema.md):
//   doc_id date source_code target_code code root goldstein quad negated hypothetical
//   reported source_text target_text verb sentence
// TSV has no quoting, so a field must not contain the separators: every tab, CR, LF and
// other control character in a field becomes one space (one byte for one byte), and
// ill-formed UTF-8 bytes become U+FFFD as in the JSON sink. A missing source or target
// leaves its columns empty. Booleans are 1/0; the Goldstein value is written in its
// shortest round-trip form ("1.9", "-10"). The header is written when the sink is made,
// so even a run without events yields a well-formed file; a failure to write it shows on
// the first Write or Flush.
#include <charconv>
#include <cmath>
#include <ostream>
#include <string>
#include <string_view>

#include "io/utf8.h"
#include "out/sink.h"

namespace dyad::out {
namespace {

constexpr std::string_view kHeader =
    "doc_id\tdate\tsource_code\ttarget_code\tcode\troot\tgoldstein\tquad\tnegated\t"
    "hypothetical\treported\tsource_text\ttarget_text\tverb\tsentence\n";

void AppendField(std::string_view s, std::string* out) {
  const size_t from = out->size();
  io::AppendUtf8Repaired(s, out);
  for (size_t i = from; i < out->size(); ++i) {
    const unsigned char c = static_cast<unsigned char>((*out)[i]);
    if (c < 0x20 || c == 0x7F) (*out)[i] = ' ';
  }
}

void AppendNumber(double v, std::string* out) {
  if (!std::isfinite(v)) return;  // an empty cell
  if (v == 0) v = 0;              // no "-0"
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

class TsvSink final : public EventSink {
 public:
  explicit TsvSink(std::ostream& out) : out_(out) {
    out_.write(kHeader.data(), static_cast<std::streamsize>(kHeader.size()));
  }

  Status Write(const Event& e) override {
    std::string& b = line_;
    b.clear();
    AppendField(e.doc_id, &b);
    b.push_back('\t');
    AppendField(e.date, &b);
    b.push_back('\t');
    if (e.source) AppendField(e.source->code, &b);
    b.push_back('\t');
    if (e.target) AppendField(e.target->code, &b);
    b.push_back('\t');
    AppendField(e.code, &b);
    b.push_back('\t');
    AppendField(e.root, &b);
    b.push_back('\t');
    AppendNumber(e.goldstein, &b);
    b.push_back('\t');
    b.append(std::to_string(e.quad));
    b.push_back('\t');
    b.push_back(e.modality.negated ? '1' : '0');
    b.push_back('\t');
    b.push_back(e.modality.hypothetical ? '1' : '0');
    b.push_back('\t');
    b.push_back(e.modality.reported ? '1' : '0');
    b.push_back('\t');
    if (e.source) AppendField(e.source->text, &b);
    b.push_back('\t');
    if (e.target) AppendField(e.target->text, &b);
    b.push_back('\t');
    AppendField(e.evidence.verb, &b);
    b.push_back('\t');
    AppendField(e.sentence_text, &b);
    b.push_back('\n');

    if (!out_) return Status::IoError("TSV output: the stream had already failed");
    out_.write(b.data(), static_cast<std::streamsize>(b.size()));
    if (!out_) return Status::IoError("TSV output: write failed (doc " + e.doc_id + ")");
    return Status::Ok();
  }

  Status Flush() override {
    out_.flush();
    if (!out_) return Status::IoError("TSV output: flush failed");
    return Status::Ok();
  }

 private:
  std::ostream& out_;
  std::string line_;  // reused between events
};

}  // namespace

std::unique_ptr<EventSink> MakeTsvSink(std::ostream& out) { return std::make_unique<TsvSink>(out); }

}  // namespace dyad::out
