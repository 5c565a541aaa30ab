// dyad/document.h: one news story, as read from a file or a stream.
#pragma once

#include <map>
#include <string>

namespace dyad {

struct Document {
  std::string id;    // unique within a run: the JSON "id", or the file name for plain text
  std::string text;  // the story's ORIGINAL UTF-8 bytes; every offset dyad reports points here
  std::string date;  // "YYYY-MM-DD", or "" when neither the input nor the user gave one
  // Everything else the input said about the story: "publication", "volume", "issue",
  // "source", "url", "title", ... Values are strings as they were written.
  std::map<std::string, std::string> meta;
  // Where the story came from, for messages: "news.jsonl:12" or "story.txt".
  std::string origin;
};

}  // namespace dyad
