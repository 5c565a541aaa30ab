// syntax/tree.cc: navigation over a dependency tree.
#include "syntax/tree.h"

namespace dyad::syntax {

std::vector<int> Tree::Children(int i) const {
  std::vector<int> out;
  for (size_t k = 0; k < words.size(); ++k)
    if (words[k].head == i) out.push_back(static_cast<int>(k));
  return out;
}

int Tree::Child(int i, std::string_view rel) const {
  for (size_t k = 0; k < words.size(); ++k) {
    if (words[k].head != i) continue;
    std::string_view r = words[k].deprel;
    if (r == rel) return static_cast<int>(k);
    if (rel.find(':') == std::string_view::npos && r.size() > rel.size() &&
        r.substr(0, rel.size()) == rel && r[rel.size()] == ':')
      return static_cast<int>(k);
  }
  return -1;
}

}  // namespace dyad::syntax
