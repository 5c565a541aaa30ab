// syntax/model_cache.cc: the process-wide cache of loaded models.
#include "syntax/model_cache.h"

#include <map>
#include <mutex>

namespace dyad::syntax {

Result<std::shared_ptr<const Model>> SharedModel(const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const Model>> loaded;
  std::lock_guard<std::mutex> lock(mu);
  auto it = loaded.find(path);
  if (it != loaded.end()) return it->second;
  auto model = Model::Load(path);
  if (!model.ok()) return model.status();
  loaded.emplace(path, model.value());
  return model.value();
}

}  // namespace dyad::syntax
