// out/sink.h: where coded events go. The pipeline pushes; sinks format.
#pragma once

#include <memory>
#include <ostream>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad::out {

// A sink is used by one thread at a time; it does not own its stream.
class EventSink {
 public:
  virtual ~EventSink() = default;
  // Writes one event. Returns an IoError when the stream failed (e.g. a closed pipe).
  virtual Status Write(const Event& event) = 0;
  virtual Status Flush() = 0;
};

// One JSON object per line, the schema of docs/event-schema.md. `out` must outlive the sink.
// Throws nothing of its own (unless `out` has exceptions enabled); ill-formed UTF-8 in any
// string is written as U+FFFD.
std::unique_ptr<EventSink> MakeJsonlSink(std::ostream& out);
// Tab-separated, one event per line, with a header line (column list in docs/event-schema.md)
// written at once. Tabs, newlines and other control characters in fields become spaces.
std::unique_ptr<EventSink> MakeTsvSink(std::ostream& out);

}  // namespace dyad::out
