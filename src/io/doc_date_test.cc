// Tests of document-date parsing; each expectation checked against a calendar by hand.
#include "io/doc_date.h"

#include <gtest/gtest.h>

namespace dyad::io {
namespace {

TEST(ReadDocumentDate, Accepted) {
  EXPECT_EQ(ParseDocumentDate("2006-06-09"), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate(" 2006-06-09 "), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate("2006-06-09T14:05:00Z"), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate("2006-06-09 14:05"), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate("2006/06/09"), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate("20060609"), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate("June 9, 2006"), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate("Jun. 9 2006"), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate("9 June 2006"), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate("Friday, June 9, 2006"), "2006-06-09");
  EXPECT_EQ(ParseDocumentDate("Sept 30, 2006"), "2006-09-30");
  EXPECT_EQ(ParseDocumentDate("2004-02-29"), "2004-02-29");  // leap year
  EXPECT_EQ(ParseDocumentDate("2000-02-29"), "2000-02-29");  // divisible by 400
}

TEST(ReadDocumentDate, Rejected) {
  EXPECT_EQ(ParseDocumentDate(""), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("yesterday"), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("2006-02-30"), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("1900-02-29"), std::nullopt);  // not a leap year
  EXPECT_EQ(ParseDocumentDate("2006-13-01"), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("2006-6-9"), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("06/09/2006"), std::nullopt);  // month or day first?
  EXPECT_EQ(ParseDocumentDate("2006-06-09x"), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("June 31, 2006"), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("Juno 9, 2006"), std::nullopt);
  EXPECT_EQ(ParseDocumentDate("June 9"), std::nullopt);       // no year
  EXPECT_EQ(ParseDocumentDate("0999-01-01"), std::nullopt);
}

}  // namespace
}  // namespace dyad::io
