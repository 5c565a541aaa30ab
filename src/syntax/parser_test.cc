// syntax/parser_test.cc: projectivization (the training-side tree transform).
#include "syntax/parser.h"

#include <gtest/gtest.h>

namespace dyad::syntax {
namespace {

TEST(SyntaxParser, ProjectiveTreeIsUnchanged) {
  std::vector<int> heads = {1, -1, 3, 1};  // 0<-1, 1 root, 2<-3, 3<-1
  EXPECT_EQ(Parser::Projectivize(heads), heads);
}

TEST(SyntaxParser, NonProjectiveArcIsLiftedToTheGrandparent) {
  // 0 root; 1<-3 crosses 0->2 (word 2 lies between 3 and 1 but hangs from 0).
  std::vector<int> heads = {-1, 3, 0, 0};
  std::vector<int> expected = {-1, 0, 0, 0};
  EXPECT_EQ(Parser::Projectivize(heads), expected);
}

}  // namespace
}  // namespace dyad::syntax
