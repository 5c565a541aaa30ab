// syntax/tree.cc: navigation over a dependency tree.
#include "syntax/tree.h"

namespace dyad::syntax {

int Tree::Child(int i, std::string_view rel) const {
  for (size_t k = 0; k < words.size(); ++k)
    if (words[k].head == i && words[k].deprel == rel) return static_cast<int>(k);
  return -1;
}

}  // namespace dyad::syntax
