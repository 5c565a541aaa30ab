// context/gazetteer.cc: loading gazetteer.tsv into a compact, sorted name index.
//
// Idea. The file is read in one piece and parsed line by line without copies. Each place
// becomes a 24-byte Record (geonameid, population, float coordinates, the offset of its
// display name in one arena, small indices into the country and feature-code tables).
// Each of its keys is normalised (NormalizePlaceName: token norms joined by a space) into
// a second arena; the (key, place) pairs are sorted and deduplicated, and equal keys are
// folded into one Name entry whose places are a run of `postings_`. Name i's key is
// keys_[names_[i].key .. names_[i+1].key) and its places postings_[names_[i].post ..
// names_[i+1].post): a sentinel Name closes both ranges, so a name costs 8 bytes.
//
// Lookup. LongestMatch joins words[i..i+k) with spaces for k up to the longest name's
// length in words, and binary-searches the sorted keys from the longest prefix down:
// O(W log N) string comparisons, W <= max_words_. Only capitalised words are tried by
// context/places.cc, so this runs a few times per sentence.
//
// Invariants after Load: names_ is sorted by key, keys are distinct, postings within a
// name are increasing (file order), every posting indexes records_.
#include "context/gazetteer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <unordered_map>

#include "text/tokens.h"

namespace dyad::context {

namespace {

struct Record {
  uint32_t geonameid;
  uint32_t population;
  float lat;
  float lon;
  uint32_t name;     // offset of the display name in names_; its end is the next record's
  uint16_t country;  // index into countries_
  uint8_t feature;   // index into features_
  uint8_t unused;
};
static_assert(sizeof(Record) == 24);

struct Name {
  uint32_t key;   // offset in keys_
  uint32_t post;  // first posting
};

// Names the fast path of NormalizePlaceName handles: ASCII letters, single spaces between
// words, hyphens between letters ("Nur-Sultan": the tokeniser keeps such a hyphen inside
// the word). Anything else (apostrophes, periods, non-ASCII) goes through text::Tokenize.
bool SimpleAsciiName(std::string_view s) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (s.empty() || !letter(s.front()) || !letter(s.back())) return false;
  for (size_t k = 1; k + 1 < s.size(); ++k) {
    char c = s[k];
    if (letter(c)) continue;
    if ((c == ' ' || c == '-') && letter(s[k - 1]) && letter(s[k + 1])) continue;
    return false;
  }
  return true;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.push_back(line.substr(start));
      return out;
    }
    out.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

template <typename T>
bool ParseNumber(std::string_view s, T* out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

double Round5(float x) { return std::round(static_cast<double>(x) * 1e5) / 1e5; }

}  // namespace

std::string NormalizePlaceName(std::string_view name) {
  std::string out;
  if (SimpleAsciiName(name)) {
    out.assign(name);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    return out;
  }
  auto tokens = text::Tokenize(name, text::Span{0, static_cast<uint32_t>(name.size())});
  for (const auto& t : tokens) {
    if (!out.empty()) out += ' ';
    out += t.norm;
  }
  return out;
}

struct Gazetteer::Impl {
  std::vector<Record> records;
  std::string names;  // display names, back to back
  std::vector<std::string> countries;
  std::vector<std::string> features;
  std::string keys;             // normalised keys, back to back, in sorted order
  std::vector<Name> index;      // sorted by key; plus a sentinel
  std::vector<uint32_t> postings;
  size_t max_words = 0;

  std::string_view KeyAt(size_t i) const {
    return std::string_view(keys).substr(index[i].key, index[i + 1].key - index[i].key);
  }
  size_t NameCount() const { return index.empty() ? 0 : index.size() - 1; }

  // Index of the name equal to `key`, or SIZE_MAX.
  size_t Find(std::string_view key) const {
    size_t lo = 0, hi = NameCount();
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (KeyAt(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < NameCount() && KeyAt(lo) == key ? lo : SIZE_MAX;
  }

  Place PlaceAt(uint32_t r) const {
    const Record& rec = records[r];
    uint32_t end = r + 1 < records.size() ? records[r + 1].name : static_cast<uint32_t>(names.size());
    Place p;
    p.geonameid = rec.geonameid;
    p.name = std::string_view(names).substr(rec.name, end - rec.name);
    p.country = countries[rec.country];
    p.feature = features[rec.feature];
    p.lat = Round5(rec.lat);
    p.lon = Round5(rec.lon);
    p.population = rec.population;
    return p;
  }

  std::vector<Place> PlacesOf(size_t name) const {
    std::vector<Place> out;
    for (uint32_t k = index[name].post; k < index[name + 1].post; ++k) out.push_back(PlaceAt(postings[k]));
    return out;
  }
};

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IoError(path + ": cannot open the gazetteer (scripts/setup.sh generates it with " +
                           "dictionaries/gen/gazetteer.mjs)");
  }
  std::string contents;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Status::IoError(path + ": cannot read");
  contents.resize(static_cast<size_t>(size));
  in.seekg(0, std::ios::beg);
  if (!in.read(contents.data(), size)) return Status::IoError(path + ": cannot read");
  return Parse(contents, path);
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Parse(std::string_view contents, const std::string& name) {
  auto impl = std::make_unique<Impl>();
  struct TmpKey {
    uint32_t off, len, place;
  };
  std::string tmp_keys;
  std::vector<TmpKey> tmp;
  // Feature codes are a handful: a linear scan. Countries (~250) go through a map keyed
  // by their three bytes.
  auto intern = [](std::vector<std::string>* table, std::string_view v) -> size_t {
    for (size_t k = 0; k < table->size(); ++k)
      if ((*table)[k] == v) return k;
    table->emplace_back(v);
    return table->size() - 1;
  };
  std::unordered_map<uint32_t, size_t> country_index;
  auto intern_country = [&](std::string_view c) -> size_t {
    uint32_t packed = uint32_t(uint8_t(c[0])) << 16 | uint32_t(uint8_t(c[1])) << 8 | uint8_t(c[2]);
    auto [it, fresh] = country_index.try_emplace(packed, impl->countries.size());
    if (fresh) impl->countries.emplace_back(c);
    return it->second;
  };

  size_t line_no = 0;
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto bad = [&](const std::string& what) {
      return Status::ParseError(name + ":" + std::to_string(line_no) + ": " + what);
    };
    auto f = SplitTabs(line);
    if (f.size() != 8) return bad(std::to_string(f.size()) + " columns, want 8");
    uint32_t id = 0;
    uint64_t pop = 0;
    float lat = 0, lon = 0;
    if (!ParseNumber(f[0], &id) || id == 0) return bad("bad geonameid '" + std::string(f[0]) + "'");
    if (f[1].empty()) return bad("empty name");
    if (f[2].size() != 3) return bad("bad country code '" + std::string(f[2]) + "'");
    if (!ParseNumber(f[3], &lat) || !ParseNumber(f[4], &lon) || std::fabs(lat) > 90 || std::fabs(lon) > 180)
      return bad("bad coordinates '" + std::string(f[3]) + "' '" + std::string(f[4]) + "'");
    if (!ParseNumber(f[5], &pop)) return bad("bad population '" + std::string(f[5]) + "'");
    if (f[6].empty()) return bad("empty feature code");
    if (f[7].empty()) return bad("no names in the keys column");
    if (impl->records.size() >= std::numeric_limits<uint32_t>::max() - 1) return bad("too many places");

    size_t country = intern_country(f[2]);
    size_t feature = intern(&impl->features, f[6]);
    if (country > UINT16_MAX || feature > UINT8_MAX) return bad("too many distinct countries or feature codes");
    Record r{};
    r.geonameid = id;
    r.population = static_cast<uint32_t>(std::min<uint64_t>(pop, UINT32_MAX));
    r.lat = lat;
    r.lon = lon;
    r.name = static_cast<uint32_t>(impl->names.size());
    r.country = static_cast<uint16_t>(country);
    r.feature = static_cast<uint8_t>(feature);
    impl->names.append(f[1]);
    const auto place = static_cast<uint32_t>(impl->records.size());
    impl->records.push_back(r);

    std::string_view keys = f[7];
    while (!keys.empty()) {
      size_t semi = keys.find(';');
      std::string_view k = keys.substr(0, semi);
      keys = semi == std::string_view::npos ? std::string_view() : keys.substr(semi + 1);
      std::string norm = NormalizePlaceName(k);
      if (norm.empty()) continue;
      size_t words = 1 + static_cast<size_t>(std::count(norm.begin(), norm.end(), ' '));
      impl->max_words = std::max(impl->max_words, words);
      tmp.push_back({static_cast<uint32_t>(tmp_keys.size()), static_cast<uint32_t>(norm.size()), place});
      tmp_keys += norm;
    }
    if (tmp_keys.size() >= std::numeric_limits<uint32_t>::max() / 2) return bad("names too large");
  }

  auto key_of = [&](const TmpKey& t) { return std::string_view(tmp_keys).substr(t.off, t.len); };
  std::sort(tmp.begin(), tmp.end(), [&](const TmpKey& a, const TmpKey& b) {
    int c = key_of(a).compare(key_of(b));
    return c != 0 ? c < 0 : a.place < b.place;
  });
  impl->keys.reserve(tmp_keys.size() / 2);
  impl->postings.reserve(tmp.size());
  for (size_t k = 0; k < tmp.size(); ++k) {
    bool new_key = k == 0 || key_of(tmp[k]) != key_of(tmp[k - 1]);
    if (new_key) {
      impl->index.push_back({static_cast<uint32_t>(impl->keys.size()), static_cast<uint32_t>(impl->postings.size())});
      impl->keys.append(key_of(tmp[k]));
    } else if (tmp[k].place == tmp[k - 1].place) {
      continue;  // the same place under two spellings that normalise alike
    }
    impl->postings.push_back(tmp[k].place);
  }
  impl->index.push_back({static_cast<uint32_t>(impl->keys.size()), static_cast<uint32_t>(impl->postings.size())});
  impl->records.shrink_to_fit();
  impl->names.shrink_to_fit();
  impl->keys.shrink_to_fit();
  impl->index.shrink_to_fit();
  return std::unique_ptr<Gazetteer>(new Gazetteer(std::move(impl)));
}

std::vector<Place> Gazetteer::LongestMatch(const std::vector<std::string_view>& words, size_t i,
                                           size_t* len, size_t max_len) const {
  *len = 0;
  if (i >= words.size() || impl_->NameCount() == 0) return {};
  std::string joined;
  std::vector<size_t> ends;  // ends[k]: length of the key of k+1 words
  const size_t limit = std::min<size_t>(impl_->max_words, max_len);
  for (size_t k = i; k < words.size() && ends.size() < limit; ++k) {
    if (words[k].empty()) break;
    if (k > i) joined += ' ';
    joined += words[k];
    ends.push_back(joined.size());
  }
  for (size_t n = ends.size(); n > 0; --n) {
    size_t at = impl_->Find(std::string_view(joined).substr(0, ends[n - 1]));
    if (at != SIZE_MAX) {
      *len = n;
      return impl_->PlacesOf(at);
    }
  }
  return {};
}

std::vector<Place> Gazetteer::Lookup(const std::vector<std::string_view>& words) const {
  std::string joined;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k) joined += ' ';
    joined += words[k];
  }
  size_t at = impl_->Find(joined);
  return at == SIZE_MAX ? std::vector<Place>() : impl_->PlacesOf(at);
}

size_t Gazetteer::size() const { return impl_->records.size(); }
size_t Gazetteer::name_count() const { return impl_->NameCount(); }

size_t Gazetteer::MemoryUsage() const {
  const Impl& m = *impl_;
  size_t bytes = sizeof(Impl) + m.records.capacity() * sizeof(Record) + m.names.capacity() +
                 m.keys.capacity() + m.index.capacity() * sizeof(Name) +
                 m.postings.capacity() * sizeof(uint32_t);
  for (const auto& s : m.countries) bytes += sizeof(s) + s.capacity();
  for (const auto& s : m.features) bytes += sizeof(s) + s.capacity();
  return bytes;
}

}  // namespace dyad::context
