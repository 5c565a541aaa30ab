// python/dyad_module.cc: the C++ half of `import dyad` (the extension `dyad._dyad`).
//
// Thin on purpose. Documents come in as JSON Lines lines ({"id", "text", "date", ...}),
// built by the Python half, and go through io::ParseJsonLine, the very reader of `dyad code`;
// events go out through out::MakeJsonlSink, the very writer of `dyad code`. So a document
// given to the module and the same document in a JSON Lines file given to the CLI are read
// with the same rules (ids, dates, empty or binary text, messages) and their events are the
// same bytes; the Python half only turns each line into a dict (json.loads). The cost of
// one JSON encode and decode per document is small next to parsing and coding it.
//
// The GIL is released while C++ works: loading, coding (on `threads` threads, results in
// input order), reading and writing files, querying the store. Errors come back as the
// C++ Status message, raised as dyad.InputError (bad input or argument: a ValueError) or
// dyad.Error (anything else: a missing file, a broken store).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "dyad/coder.h"
#include "dyad/dictionary.h"
#include "io/readers.h"
#include "out/sink.h"
#include "store/query.h"
#include "store/store.h"
#include "util/ordered_pool.h"

namespace py = pybind11;

namespace dyad::python {
namespace {

// Set once at import: dyad.Error (RuntimeError) and dyad.InputError (Error and ValueError).
PyObject* g_error = nullptr;
PyObject* g_input_error = nullptr;

[[noreturn]] void Raise(const Status& s) {
  const bool input = s.code() == Status::Code::kInvalidArgument || s.code() == Status::Code::kParseError ||
                     s.code() == Status::Code::kTooLarge;
  PyErr_SetString(input ? g_input_error : g_error, s.message().c_str());
  throw py::error_already_set();
}

// Runs fn(i) for i in [0, n) on up to `threads` threads (the calling one included when 1).
template <typename Fn>
void ParallelFor(size_t n, int threads, Fn fn) {
  const size_t t = std::min(n, static_cast<size_t>(std::max(threads, 1)));
  if (t <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  for (size_t k = 0; k < t; ++k)
    pool.emplace_back([&] {
      for (size_t i; (i = next.fetch_add(1)) < n;) fn(i);
    });
  for (auto& th : pool) th.join();
}

std::string EventsJsonl(const std::vector<Event>& events) {
  std::ostringstream os;
  auto sink = out::MakeJsonlSink(os);
  for (const auto& e : events) (void)sink->Write(e);  // a string stream does not fail
  return std::move(os).str();
}

// One coded document: ok and its events as JSON Lines, or !ok and the reader's message.
struct Outcome {
  bool ok = false;
  std::string text;
};

class PyCoder {
 public:
  PyCoder(const std::vector<std::string>& dictionaries, bool default_dictionaries, int threads, bool syntax,
          const std::string& model, bool facts_only)
      : threads_(util::ThreadCount(threads)) {
    Status error;
    {
      py::gil_scoped_release release;
      DictionaryOptions dopt;
      dopt.load_defaults = default_dictionaries;
      dopt.extra_paths = dictionaries;
      auto dict = Dictionary::Load(dopt);
      if (!dict.ok()) {
        error = dict.status();
      } else {
        warnings_ = dict.value()->warnings();
        CoderOptions copt;
        copt.facts_only = facts_only;
        copt.use_syntax = syntax;
        copt.model_path = model;
        auto coder = Coder::Create(dict.value(), copt);
        if (coder.ok()) coder_ = std::move(coder).value();
        else error = coder.status();
      }
    }
    if (!error.ok()) Raise(error);
  }

  // Codes JSON Lines documents (origin[i] names line[i] in messages and is its id when it
  // has none), on threads_ threads; one Outcome per line, in order. GIL released.
  std::vector<std::pair<bool, std::string>> CodeLines(const std::vector<std::string>& lines,
                                                      const std::vector<std::string>& origins) const {
    if (lines.size() != origins.size()) Raise(Status::Internal("code_lines: lines and origins differ in length"));
    std::vector<std::pair<bool, std::string>> out(lines.size());
    {
      py::gil_scoped_release release;
      io::ReadOptions ropt;
      ParallelFor(lines.size(), threads_, [&](size_t i) {
        auto doc = io::ParseJsonLine(lines[i], origins[i], ropt);
        if (!doc.ok()) out[i] = {false, doc.status().message()};
        else out[i] = {true, EventsJsonl(coder_->Code(doc.value()))};
      });
    }
    return out;
  }

  // `dyad code PATH` into the file `out_path`, JSON Lines: the same reader, coder and sink,
  // so the file holds the bytes the CLI writes. Returns (documents, events, error messages).
  // Fails (raises) only when `path` cannot be read at all or `out_path` not written.
  py::tuple CodeFile(const std::string& path, const std::string& out_path, const std::string& date) const {
    size_t docs = 0, events = 0;
    std::vector<std::string> errors;
    Status fatal;
    {
      py::gil_scoped_release release;
      fatal = CodeFileImpl(path, out_path, date, &docs, &events, &errors);
    }
    if (!fatal.ok()) Raise(fatal);
    return py::make_tuple(docs, events, errors);
  }

  const std::vector<std::string>& warnings() const { return warnings_; }
  int threads() const { return threads_; }

 private:
  Status CodeFileImpl(const std::string& path, const std::string& out_path, const std::string& date,
                      size_t* docs, size_t* events, std::vector<std::string>* errors) const {
    std::ofstream os(out_path, std::ios::binary | std::ios::trunc);
    if (!os) return Status::IoError(out_path + ": cannot open for writing");
    auto sink = out::MakeJsonlSink(os);
    bool write_failed = false;
    const Coder& c = *coder_;
    util::OrderedPool<Document, std::vector<Event>> pool(
        threads_, [&c](Document& doc) { return c.Code(doc); },
        [&](std::vector<Event>&& evs) {
          for (const auto& e : evs) {
            if (write_failed || !sink->Write(e).ok()) { write_failed = true; return; }
            ++*events;
          }
        });
    io::ReadOptions ropt;
    ropt.default_date = date;
    auto on_doc = [&](Document&& doc) {
      ++*docs;
      pool.Submit(std::move(doc));
    };
    auto on_error = [&](const Status& st) { errors->push_back(st.message()); };
    Status st = io::ReadDocuments(path, ropt, on_doc, on_error);
    pool.Finish();
    if (!st.ok()) return st;
    if (write_failed || !sink->Flush().ok()) return Status::IoError(out_path + ": write failed");
    return Status::Ok();
  }

  int threads_;
  std::vector<std::string> warnings_;
  std::unique_ptr<Coder> coder_;
};

// A read-only store connection; one call at a time (a Store is not thread-safe).
class PyStore {
 public:
  explicit PyStore(const std::string& path) {
    store::StoreOptions so;
    so.read_only = true;
    so.create = false;
    Result<std::unique_ptr<store::Store>> s = Status::Internal("not opened");
    {
      py::gil_scoped_release release;
      s = store::Store::Open(path, so);
    }
    if (!s.ok()) Raise(s.status());
    store_ = std::move(s).value();
  }

  // Selected events: (JSON Lines line of the event, event_id, cluster_id, cluster_events).
  std::vector<py::tuple> Query(const store::EventFilter& filter, int64_t limit) {
    struct Row { std::string line; int64_t id, cluster, cluster_events; };
    std::vector<Row> rows;
    Status s = store::ValidateFilter(filter);
    if (s.ok()) {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mu_);
      std::ostringstream os;
      auto sink = out::MakeJsonlSink(os);
      s = store::ForEachEvent(*store_, filter, limit, [&](const out::ExportRecord& r) {
        os.str("");
        (void)sink->Write(r.event);
        rows.push_back({os.str(), r.event_id, r.cluster_id, r.cluster_events});
        return true;
      });
    }
    if (!s.ok()) Raise(s);
    std::vector<py::tuple> out;
    out.reserve(rows.size());
    for (auto& r : rows) out.push_back(py::make_tuple(r.line, r.id, r.cluster, r.cluster_events));
    return out;
  }

  // (columns, numeric flags, rows of text cells).
  py::tuple Aggregate(const store::EventFilter& filter, const std::vector<std::string>& by, int64_t top) {
    Status s = store::ValidateFilter(filter);
    Result<store::Table> t = Status::Internal("not run");
    if (!s.ok()) Raise(s);
    {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mu_);
      store::Aggregation agg;
      agg.by = by;
      agg.top = top;
      t = store::Aggregate(*store_, filter, agg);
    }
    if (!t.ok()) Raise(t.status());
    return py::make_tuple(t.value().columns, t.value().numeric, t.value().rows);
  }

 private:
  std::unique_ptr<store::Store> store_;
  std::mutex mu_;
};

store::EventFilter MakeFilter(const py::dict& f) {
  store::EventFilter e;
  auto strings = [&](const char* k, std::vector<std::string>* v) {
    if (f.contains(k) && !f[k].is_none()) *v = f[k].cast<std::vector<std::string>>();
  };
  strings("actors", &e.actors);
  strings("sources", &e.sources);
  strings("targets", &e.targets);
  strings("dyads", &e.dyads);
  strings("codes", &e.codes);
  strings("roots", &e.roots);
  strings("places", &e.places);
  if (f.contains("quads") && !f["quads"].is_none()) e.quads = f["quads"].cast<std::vector<int>>();
  if (f.contains("start") && !f["start"].is_none()) e.from = f["start"].cast<std::string>();
  if (f.contains("end") && !f["end"].is_none()) e.to = f["end"].cast<std::string>();
  if (f.contains("text") && !f["text"].is_none()) e.text = f["text"].cast<std::string>();
  if (f.contains("facts_only")) e.facts_only = f["facts_only"].cast<bool>();
  if (f.contains("dedup")) e.dedup = f["dedup"].cast<bool>();
  return e;
}

}  // namespace
}  // namespace dyad::python

PYBIND11_MODULE(_dyad, m) {
  using namespace dyad::python;
  m.doc() = "dyad's C++ engine; use the `dyad` package, not this module directly";
  static py::exception<std::runtime_error> error(m, "Error", PyExc_RuntimeError);
  g_error = error.ptr();
  py::object input = py::module_::import("builtins").attr("type")(
      "InputError", py::make_tuple(error, py::handle(PyExc_ValueError)), py::dict());
  input.attr("__module__") = "dyad";
  error.attr("__module__") = "dyad";
  m.attr("InputError") = input;
  g_input_error = input.release().ptr();

  py::class_<PyCoder>(m, "Coder")
      .def(py::init<const std::vector<std::string>&, bool, int, bool, const std::string&, bool>(),
           py::arg("dictionaries"), py::arg("default_dictionaries"), py::arg("threads"), py::arg("syntax"),
           py::arg("model"), py::arg("facts_only"))
      .def("code_lines", &PyCoder::CodeLines, py::arg("lines"), py::arg("origins"))
      .def("code_file", &PyCoder::CodeFile, py::arg("path"), py::arg("out_path"), py::arg("date"))
      .def_property_readonly("warnings", &PyCoder::warnings)
      .def_property_readonly("threads", &PyCoder::threads);

  py::class_<PyStore>(m, "Store")
      .def(py::init<const std::string&>(), py::arg("path"))
      .def("query", [](PyStore& s, const py::dict& f, int64_t limit) { return s.Query(MakeFilter(f), limit); },
           py::arg("filter"), py::arg("limit"))
      .def("aggregate",
           [](PyStore& s, const py::dict& f, const std::vector<std::string>& by, int64_t top) {
             return s.Aggregate(MakeFilter(f), by, top);
           },
           py::arg("filter"), py::arg("by"), py::arg("top"));
}
