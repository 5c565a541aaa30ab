// syntax/model_cache.h: one loaded model per file for the whole process.
#pragma once

#include <memory>
#include <string>

#include "dyad/status.h"
#include "syntax/model.h"

namespace dyad::syntax {

// The model in `path`, loaded on the first call for that path and shared afterwards, so
// that every Coder of a process (a test binary creates hundreds) reads the file once.
// A failed load is not remembered: the next call tries again. Thread-safe.
Result<std::shared_ptr<const Model>> SharedModel(const std::string& path);

}  // namespace dyad::syntax
