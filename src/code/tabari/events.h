// code/tabari/events.h: TABARI events as dyad Events, so dyad's sinks can write them.
#pragma once

#include <string>
#include <vector>

#include "code/tabari/coder.h"
#include "dyad/document.h"
#include "dyad/event.h"

namespace dyad::tabari {

// Converts the events of one coded record. `doc` is the record as a Document (its `text`
// is the text that was coded, and offsets point into it); `parse` is the parse the
// coder filled for it. Code, root, Goldstein value, QuadClass and PLOVER category come from
// the CAMEO table (ontology/cameo.h) when the code is a CAMEO code (TABARI dictionaries
// may use others: those keep an empty root and zero Goldstein/quad). The actor's country
// is the first three letters of a code that starts with three letters and is not a
// DEFAULT: code. `date_source` is "text" when a <TIME> phrase shifted the date.
std::vector<Event> ToEvents(const CodeResult& res, const Parse& parse, const Document& doc,
                            int sentence = 0);

}  // namespace dyad::tabari
