#include "context/dates.h"

#include <gtest/gtest.h>


namespace dyad::context {
namespace {

// Dates need tokens and capitalisation only; lemmas are not used, so a sentence is
// built from tokens directly.
code::Sentence Make(const std::string& text) {
  code::Sentence s;
  s.span = {0, static_cast<uint32_t>(text.size())};
  s.tokens = text::Tokenize(text, s.span);
  for (const auto& t : s.tokens) {
    s.words.push_back(t.norm);
    s.lemmas.push_back(t.norm);
  }
  s.boundary.assign(s.tokens.size(), false);
  s.excluded.assign(s.tokens.size(), false);
  return s;
}

std::vector<std::string> Dates(const std::string& text, int32_t doc, bool future = false) {
  static std::vector<std::string> keep;
  keep.push_back(text);
  auto s = Make(keep.back());
  std::vector<std::string> out;
  for (const auto& d : FindDates(s, doc, future)) out.push_back(FormatDate(d.date));
  return out;
}

using V = std::vector<std::string>;

TEST(Dates, MonthDayTakesTheYearNearestBeforeTheStory) {
  EXPECT_EQ(Dates("During his June 6 visit", 20060616), V{"2006-06-06"});
  EXPECT_EQ(Dates("a trip to Germany on May 18 to discuss", 20060616), V{"2006-05-18"});
  EXPECT_EQ(Dates("on December 20 the talks", 20070105), V{"2006-12-20"});
  EXPECT_EQ(Dates("on June 16", 20060616), V{"2006-06-16"});
}

TEST(Dates, FutureTenseLooksForward) {
  EXPECT_EQ(Dates("will meet on December 20", 20060616, true), V{"2006-12-20"});
  EXPECT_EQ(Dates("will meet on January 3", 20061220, true), V{"2007-01-03"});
}

TEST(Dates, OtherShapes) {
  EXPECT_EQ(Dates("on 6 June the", 20060616), V{"2006-06-06"});
  EXPECT_EQ(Dates("on June 6, 2004 the", 20060616), V{"2004-06-06"});
  EXPECT_EQ(Dates("on Sept. 3 the", 20060616), V{"2005-09-03"});
  EXPECT_EQ(Dates("at today's [June 16] summit", 20060616), V{"2006-06-16"});
  EXPECT_EQ(Dates("on the 22nd", 20060616), V{});
}

TEST(Dates, MayTheModalIsNotAMonth) {
  EXPECT_EQ(Dates("Kazakhstan may find itself drawn in", 20060616), V{});
  EXPECT_EQ(Dates("the project may 5 times", 20060616), V{});  // lower-case: a modal
  EXPECT_EQ(Dates("on May 22 the ambassador", 20060616), V{"2006-05-22"});
}

TEST(Dates, NoStoryDateNeedsAnExplicitYear) {
  EXPECT_EQ(Dates("on May 22 the ambassador", 0), V{});
  EXPECT_EQ(Dates("on May 22, 2006 the ambassador", 0), V{"2006-05-22"});
}

TEST(Dates, ImpossibleDaysAreIgnored) {
  EXPECT_EQ(Dates("on February 30 the", 20060616), V{});
  EXPECT_EQ(Dates("on June 31 the", 20060616), V{});
  EXPECT_EQ(Dates("on February 29 the", 20080616), V{"2008-02-29"});
}

}  // namespace
}  // namespace dyad::context

namespace dyad::context {
namespace {

// 2006-06-16 was a Friday.
TEST(Dates, CalendarArithmetic) {
  EXPECT_EQ(Weekday(20060616), 5);
  EXPECT_EQ(AddDays(20060616, -16), 20060531);
  EXPECT_EQ(AddDays(20061231, 1), 20070101);
  EXPECT_EQ(AddDays(20080301, -1), 20080229);
  EXPECT_EQ(AddMonths(20060331, -1), 20060228);
  EXPECT_EQ(AddMonths(20060115, -1), 20051215);
}

TEST(Dates, PrecisionNames) {
  EXPECT_EQ(PrecisionName(DatePrecision::kDay), "day");
  EXPECT_EQ(PrecisionName(DatePrecision::kWeek), "week");
  EXPECT_EQ(PrecisionName(DatePrecision::kMonth), "month");
  EXPECT_EQ(PrecisionName(DatePrecision::kYear), "year");
}

TEST(Dates, Weekdays) {
  EXPECT_EQ(Dates("Iran said on Tuesday that", 20060616), V{"2006-06-13"});
  EXPECT_EQ(Dates("Iran said on Friday that", 20060616), V{"2006-06-16"});
  EXPECT_EQ(Dates("talks will open on Tuesday", 20060616, true), V{"2006-06-20"});
  // "last Friday" in a Friday story (2006-06-16) is the Friday before, not the story's day;
  // in a Saturday story it is the day before.
  EXPECT_EQ(Dates("Iran said last Friday that", 20060616), V{"2006-06-09"});
  EXPECT_EQ(Dates("Iran said last Friday that", 20060617), V{"2006-06-16"});
  EXPECT_EQ(Dates("Iran said last Tuesday that", 20060616), V{"2006-06-13"});
  // "next Friday" in a Friday story is a week after, even in a past-tense sentence.
  EXPECT_EQ(Dates("Iran said talks open next Friday", 20060616), V{"2006-06-23"});
  EXPECT_EQ(Dates("talks open next Monday", 20060616), V{"2006-06-19"});
}

TEST(Dates, DaysAroundTheStory) {
  EXPECT_EQ(Dates("Iran said yesterday", 20060601), V{"2006-05-31"});
  EXPECT_EQ(Dates("Iran said today", 20060616), V{"2006-06-16"});
  EXPECT_EQ(Dates("Iran will say tomorrow", 20061231), V{"2007-01-01"});
}

TEST(Dates, Periods) {
  EXPECT_EQ(Dates("Iran said last week", 20060616), V{"2006-06-09"});
  EXPECT_EQ(Dates("Iran said earlier this month", 20060616), V{"2006-06-01"});
  EXPECT_EQ(Dates("Iran said last month", 20060116), V{"2005-12-01"});
  EXPECT_EQ(Dates("Iran said last year", 20060616), V{"2005-01-01"});
  EXPECT_EQ(Dates("Iran said three years ago", 20060616), V{"2003-06-16"});
  EXPECT_EQ(Dates("Iran said 10 days ago", 20060616), V{"2006-06-06"});
  EXPECT_EQ(Dates("Iran said a week ago", 20060616), V{"2006-06-09"});
}

TEST(Dates, MonthsAlone) {
  // Future: "would discuss ... in August and September" in a June story.
  EXPECT_EQ(Dates("would discuss the delivery in August and September", 20060616, true),
            (V{"2006-08-01", "2006-09-01"}));
  // Past: "in August" in a June story is last August.
  EXPECT_EQ(Dates("Iran said in August", 20060616), V{"2005-08-01"});
  EXPECT_EQ(Dates("in May 2004 the", 20060616), V{"2004-05-01"});
  EXPECT_EQ(Dates("Iran said in 2004", 20060616), V{"2004-01-01"});
  // A month name alone without a preposition is not a date.
  EXPECT_EQ(Dates("the August heat", 20060616), V{});
}

TEST(Dates, PrecisionIsReported) {
  code::Sentence s = Make("Iran said last month");
  auto d = FindDates(s, 20060616);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].precision, DatePrecision::kMonth);
}

// The last day of a period: a day is itself, a week its seventh day, a month and a year
// their last days (February of a leap year has 29).
TEST(Dates, PeriodEnd) {
  EXPECT_EQ(PeriodEnd(20160301, DatePrecision::kDay), 20160301);
  EXPECT_EQ(PeriodEnd(20160301, DatePrecision::kWeek), 20160307);
  EXPECT_EQ(PeriodEnd(20160201, DatePrecision::kMonth), 20160229);
  EXPECT_EQ(PeriodEnd(20161201, DatePrecision::kMonth), 20161231);
  EXPECT_EQ(PeriodEnd(20160101, DatePrecision::kYear), 20161231);
}

// History is a date whose period ended more than a year before the story: "in 2016" in a
// story of 2019-03-10 is; "last year" (2018, ending 2018-12-31) and "in March 2018" (ending
// 2018-03-31, 11 months and 10 days before) are not; the day a year and a day before is.
TEST(Dates, HistoricalIsMoreThanAYearBeforeTheStory) {
  const int32_t story = 20190310;
  EXPECT_TRUE(Historical(20160101, DatePrecision::kYear, story));
  EXPECT_FALSE(Historical(20180101, DatePrecision::kYear, story));
  EXPECT_FALSE(Historical(20180301, DatePrecision::kMonth, story));
  EXPECT_TRUE(Historical(20180201, DatePrecision::kMonth, story));  // ends 2018-02-28
  EXPECT_FALSE(Historical(20180310, DatePrecision::kDay, story));
  EXPECT_TRUE(Historical(20180309, DatePrecision::kDay, story));
  EXPECT_FALSE(Historical(20160101, DatePrecision::kYear, 0));  // no story date: no rule
  EXPECT_FALSE(Historical(20200101, DatePrecision::kYear, story));  // after the story
}

// "since" marks the start of a period, with or without early/mid/late before the month.
TEST(Dates, SinceStartsAPeriod) {
  code::Sentence s = Make("wanted since August 2015 and seen in May 2016 and since early May");
  auto d = FindDates(s, 20190310);
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(FormatDate(d[0].date), "2015-08-01");
  EXPECT_TRUE(d[0].since);
  EXPECT_EQ(FormatDate(d[1].date), "2016-05-01");
  EXPECT_FALSE(d[1].since);
  EXPECT_EQ(FormatDate(d[2].date), "2018-05-01");
  EXPECT_TRUE(d[2].since);
}

}  // namespace
}  // namespace dyad::context
