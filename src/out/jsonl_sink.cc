// out/jsonl_sink.cc: events as JSON Lines, the reference output (docs/event-schema.md).
//
// Each event becomes one JSON object on one line, its fields always in the same order, so
// that output is diffable and a reader can rely on it. The writer is hand-made rather than
// built from a DOM: it appends into one reused string and writes it with a single
// ostream::write, so a line costs no allocation once the buffer has grown, and nothing
// in it can throw on bad input.
//
// Strings are escaped per RFC 8259: '"' and '\\' with a backslash, control characters as
// \n, \t, \r, \b, \f or \u00XX; everything else is copied. Bytes that are not well-formed
// UTF-8 (which the readers reject, but events can be built by other code) are each
// replaced by U+FFFD, so every line is valid UTF-8 and valid JSON whatever the input;
// offsets still refer to the original bytes of Document::text. Numbers are written in
// the shortest form that reads back to the same double (std::to_chars), so a Goldstein
// value of 1.9 is "1.9", never "1.8999999999999999", and -10.0 is "-10"; a NaN or an
// infinity, which JSON cannot hold, is null.
#include <charconv>
#include <cmath>
#include <ostream>
#include <string>
#include <string_view>

#include "io/utf8.h"
#include "out/sink.h"

namespace dyad::out {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void AppendEscaped(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t done = 0;  // bytes of s already appended
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const size_t len = io::Utf8SequenceLength(s.substr(i));
      if (len > 0) {
        i += len;
        continue;
      }
    }
    out->append(s.data() + done, i - done);
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (c < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 0xF]);
        } else {
          out->append("\xEF\xBF\xBD");  // ill-formed UTF-8 byte
        }
    }
    ++i;
    done = i;
  }
  out->append(s.data() + done, s.size() - done);
  out->push_back('"');
}

void AppendNumber(double v, std::string* out) {
  if (!std::isfinite(v)) {
    out->append("null");
    return;
  }
  if (v == 0) v = 0;  // no "-0"
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

void AppendInt(int64_t v, std::string* out) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

void AppendBool(bool v, std::string* out) { out->append(v ? "true" : "false"); }

// Writes `"key":` (keys are plain ASCII literals: no escaping needed) after a comma
// unless it is the first field of its object.
void Key(std::string_view key, bool first, std::string* out) {
  if (!first) out->push_back(',');
  out->push_back('"');
  out->append(key);
  out->append("\":");
}

void AppendStringOrNull(std::string_view s, std::string* out) {
  if (s.empty()) {
    out->append("null");
  } else {
    AppendEscaped(s, out);
  }
}

void AppendActor(const std::optional<ActorRef>& actor, std::string* out) {
  if (!actor) {
    out->append("null");
    return;
  }
  out->push_back('{');
  Key("code", true, out);
  AppendEscaped(actor->code, out);
  Key("country", false, out);
  AppendEscaped(actor->country, out);
  Key("text", false, out);
  AppendEscaped(actor->text, out);
  Key("start", false, out);
  AppendInt(actor->start, out);
  Key("end", false, out);
  AppendInt(actor->end, out);
  if (!actor->name.empty()) {
    Key("name", false, out);
    AppendEscaped(actor->name, out);
  }
  out->push_back('}');
}

class JsonlSink final : public EventSink {
 public:
  explicit JsonlSink(std::ostream& out) : out_(out) {}

  Status Write(const Event& e) override {
    std::string& b = line_;
    b.clear();
    b.push_back('{');
    Key("doc_id", true, &b);
    AppendEscaped(e.doc_id, &b);
    Key("sentence", false, &b);
    AppendInt(e.sentence, &b);
    Key("date", false, &b);
    AppendStringOrNull(e.date, &b);
    Key("date_source", false, &b);
    AppendStringOrNull(e.date_source, &b);
    Key("date_precision", false, &b);
    AppendStringOrNull(e.date.empty() ? std::string() : e.date_precision.empty() ? "day" : e.date_precision, &b);
    Key("source", false, &b);
    AppendActor(e.source, &b);
    Key("target", false, &b);
    AppendActor(e.target, &b);
    Key("code", false, &b);
    AppendEscaped(e.code, &b);
    Key("root", false, &b);
    AppendEscaped(e.root, &b);
    Key("goldstein", false, &b);
    AppendNumber(e.goldstein, &b);
    Key("quad", false, &b);
    AppendInt(e.quad, &b);
    Key("plover", false, &b);
    AppendEscaped(e.plover, &b);
    Key("modality", false, &b);
    b.push_back('{');
    Key("negated", true, &b);
    AppendBool(e.modality.negated, &b);
    Key("hypothetical", false, &b);
    AppendBool(e.modality.hypothetical, &b);
    Key("reported", false, &b);
    AppendBool(e.modality.reported, &b);
    b.push_back('}');
    Key("location", false, &b);
    if (e.location) {
      b.push_back('{');
      Key("name", true, &b);
      AppendEscaped(e.location->name, &b);
      Key("country", false, &b);
      AppendEscaped(e.location->country, &b);
      Key("lat", false, &b);
      AppendNumber(e.location->lat, &b);
      Key("lon", false, &b);
      AppendNumber(e.location->lon, &b);
      Key("geonameid", false, &b);
      AppendInt(e.location->geonameid, &b);
      b.push_back('}');
    } else {
      b.append("null");
    }
    Key("evidence", false, &b);
    b.push_back('{');
    Key("verb", true, &b);
    AppendEscaped(e.evidence.verb, &b);
    Key("start", false, &b);
    AppendInt(e.evidence.start, &b);
    Key("end", false, &b);
    AppendInt(e.evidence.end, &b);
    Key("pattern", false, &b);
    AppendEscaped(e.evidence.pattern, &b);
    Key("where", false, &b);
    AppendEscaped(e.evidence.where, &b);
    b.push_back('}');
    Key("citation", false, &b);
    AppendStringOrNull(e.citation, &b);
    Key("sentence_text", false, &b);
    AppendEscaped(e.sentence_text, &b);
    Key("sentence_start", false, &b);
    AppendInt(e.sentence_start, &b);
    Key("sentence_end", false, &b);
    AppendInt(e.sentence_end, &b);
    b.append("}\n");

    if (!out_) return Status::IoError("JSON Lines output: the stream had already failed");
    out_.write(b.data(), static_cast<std::streamsize>(b.size()));
    if (!out_) return Status::IoError("JSON Lines output: write failed (doc " + e.doc_id + ")");
    return Status::Ok();
  }

  Status Flush() override {
    out_.flush();
    if (!out_) return Status::IoError("JSON Lines output: flush failed");
    return Status::Ok();
  }

 private:
  std::ostream& out_;
  std::string line_;  // reused between events
};

}  // namespace

std::unique_ptr<EventSink> MakeJsonlSink(std::ostream& out) { return std::make_unique<JsonlSink>(out); }

}  // namespace dyad::out
