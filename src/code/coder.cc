// code/coder.cc: the per-document pipeline that turns a Document into Events.
//
// A document is coded sentence by sentence (code/sentence_coder.h): each sentence's
// matches become events with their source, target, date, modality and place, pronouns and
// bare roles resolved against what the story said before. The only state that crosses
// sentences is the document's memory (antecedents, the last dyad, people and countries
// named), so documents are independent and Code() is a const, thread-safe function of
// (Dictionary, Document). At the end of the document, statements that were addressed to
// no one are dropped: they stayed until then to carry their speaker to later pronouns.
#include "dyad/coder.h"

#include <algorithm>

#include "code/sentence_coder.h"
#include "dict/compiled.h"
#include "dict/dyad_loader.h"
#include "syntax/model_cache.h"
#include "syntax/model_path.h"
#include "text/sentences.h"

namespace dyad {

struct Coder::Impl {
  std::shared_ptr<const Dictionary> dictionary;
  CoderOptions options;
  std::shared_ptr<const syntax::Model> model;  // null when options.use_syntax is false
};

Coder::Coder(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Coder::~Coder() = default;

Result<std::unique_ptr<Coder>> Coder::Create(std::shared_ptr<const Dictionary> dictionary,
                                             const CoderOptions& options) {
  if (!dictionary) return Status::InvalidArgument("Coder::Create: no dictionary");
  if (!options.default_date.empty() && dict::ParseIsoDate(options.default_date) < 0)
    return Status::InvalidArgument("bad default date '" + options.default_date + "' (want YYYY-MM-DD)");
  auto impl = std::make_unique<Impl>();
  if (options.use_syntax) {
    auto model = syntax::SharedModel(options.model_path.empty() ? syntax::DefaultModelPath()
                                                                : options.model_path);
    if (!model.ok()) return model.status();
    impl->model = model.value();
  }
  impl->dictionary = std::move(dictionary);
  impl->options = options;
  return std::unique_ptr<Coder>(new Coder(std::move(impl)));
}

namespace {

// A statement with no one it is addressed to is no event: "X said" is coded by what was
// said, and a bare 010 only where the statement has a target (newsgold's conventions,
// CAMEO's "make statement" to someone).
void DropUnaddressedStatements(std::vector<Event>* events) {
  events->erase(std::remove_if(events->begin(), events->end(),
                               [](const Event& e) { return e.code == "010" && !e.target; }),
                events->end());
}

}  // namespace

std::vector<Event> Coder::Code(const Document& doc, size_t* sentences_out) const {
  const std::string& date_str = doc.date.empty() ? impl_->options.default_date : doc.date;
  code::DocumentView view{doc.text, doc.id, 0};
  if (!date_str.empty()) view.date = std::max(0, dict::ParseIsoDate(date_str.substr(0, 10)));
  std::vector<Event> events;
  code::DocumentMemory memory;
  auto spans = text::SplitSentences(doc.text);
  if (sentences_out) *sentences_out = spans.size();
  for (size_t si = 0; si < spans.size(); ++si)
    code::CodeSentence(impl_->dictionary->compiled(), impl_->model.get(), impl_->options, view, si,
                       spans[si], &memory, &events);
  DropUnaddressedStatements(&events);
  return events;
}

}  // namespace dyad
