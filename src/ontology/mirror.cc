// ontology/mirror.cc: the mirror table (see mirror.h).
//
// One row per action code, most specific first; a code without its own row takes its
// three-digit parent's ("0812" is treated as "081"). The rows follow the codebook's own
// parallel numbering: 06x material cooperation <-> 031x / 021x / 101x / 121x;
// 07x aid <-> 033x / 023x / 103x / 122x; 08x yielding <-> 035x / 025x / 105x / 124x, with
// 083 political reform <-> 034x / 024x / 104x / 123x; 04x meetings <-> 036 / 026 / 106 / 125
// and 045 mediation <-> 039 / 028 / 108 / 126; 05x diplomatic cooperation <-> 032 / 022 /
// 102, 057 agreements <-> 030 / 027 / 107 / 127. Threats mirror the coercive roots: 14
// protest -> 133, 16 reducing relations -> 131x/134-136, 17 coercion -> 132x (administrative
// sanctions) or 137 (repression), 18 assault -> 1383, 19 fight -> 138x, 20 mass violence
// -> 1385. A coercive act under an intent frame ("vowed to attack") is a threat.
#include "ontology/mirror.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace dyad::ontology {
namespace {

struct Row {
  std::string_view action, intent, appeal, demand, reject, threaten;
};

// Sorted by action code (string order) for binary search.
constexpr std::array<Row, 55> kRows = {{
    {"040", "036", "026", "106", "125", ""},
    {"041", "036", "026", "106", "125", ""},
    {"042", "036", "026", "106", "125", ""},
    {"043", "036", "026", "106", "125", ""},
    {"044", "036", "026", "106", "125", ""},
    {"045", "039", "028", "108", "126", ""},
    {"046", "036", "026", "106", "125", ""},
    {"050", "032", "022", "102", "", ""},
    {"051", "032", "022", "102", "", ""},
    {"052", "032", "022", "102", "", ""},
    {"053", "032", "022", "102", "", ""},
    {"054", "032", "022", "102", "", ""},
    {"055", "032", "022", "102", "", ""},
    {"056", "032", "022", "102", "", ""},
    {"057", "030", "027", "107", "127", ""},
    {"060", "031", "021", "101", "121", ""},
    {"061", "0311", "0211", "1011", "1211", ""},
    {"062", "0312", "0212", "1012", "1212", ""},
    {"063", "0313", "0213", "1013", "1213", ""},
    {"064", "0314", "0214", "1014", "121", ""},
    {"070", "033", "023", "103", "122", ""},
    {"071", "0331", "0231", "1031", "1221", ""},
    {"072", "0332", "0232", "1032", "1222", ""},
    {"073", "0333", "0233", "1033", "1223", ""},
    {"074", "0334", "0234", "1034", "1224", ""},
    {"075", "033", "023", "103", "122", ""},
    {"080", "035", "025", "105", "124", ""},
    {"081", "0351", "0251", "1051", "1241", ""},
    {"082", "0352", "0252", "1052", "1242", ""},
    {"083", "034", "024", "104", "123", ""},
    {"0831", "0341", "0241", "1041", "1231", ""},
    {"0832", "0342", "0242", "1042", "1232", ""},
    {"0833", "0343", "0243", "1043", "1233", ""},
    {"0834", "0344", "0244", "1044", "1234", ""},
    {"084", "0353", "0253", "1053", "1243", ""},
    {"085", "0354", "0254", "1054", "1244", ""},
    {"086", "0355", "0255", "1055", "1245", ""},
    {"087", "0356", "0256", "1056", "1246", ""},
    {"140", "", "", "", "", "133"},
    {"160", "", "", "", "", "131"},
    {"161", "", "", "", "", "1313"},
    {"162", "", "", "", "", "1311"},
    {"163", "", "", "", "", "1312"},
    {"164", "", "", "", "", "134"},
    {"165", "", "", "", "", "135"},
    {"166", "", "", "", "", "136"},
    {"170", "", "", "", "", "137"},
    {"172", "", "", "", "", "132"},
    {"1721", "", "", "", "", "1321"},
    {"1722", "", "", "", "", "1322"},
    {"1723", "", "", "", "", "1323"},
    {"1724", "", "", "", "", "1324"},
    {"180", "", "", "", "", "1383"},
    {"190", "", "", "", "", "138"},
    {"200", "", "", "", "", "1385"},
}};

const Row* Find(std::string_view code) {
  auto it = std::lower_bound(kRows.begin(), kRows.end(), code,
                             [](const Row& r, std::string_view c) { return r.action < c; });
  return it != kRows.end() && it->action == code ? &*it : nullptr;
}

// The row for `action`: its own, its three-digit parent's, else its root's x0 row
// ("173" -> "170", "1951" -> "195" -> "190").
const Row* RowFor(std::string_view action) {
  if (const Row* r = Find(action)) return r;
  if (action.size() == 4)
    if (const Row* r = Find(action.substr(0, 3))) return r;
  if (action.size() < 3) return nullptr;
  std::string_view root = action.substr(0, 2);
  for (const Row& r : kRows)
    if (r.action.substr(0, 2) == root && r.action.size() == 3 && r.action[2] == '0') return &r;
  return nullptr;
}

}  // namespace

std::string_view IntentAction(std::string_view intent) {
  if (intent.empty()) return {};
  for (const Row& r : kRows)
    if (r.intent == intent) return r.action;
  return {};
}

std::string_view MirrorCode(Frame frame, std::string_view action) {
  if (frame == Frame::kThreaten) {
    // Fighting has threat sub-codes of its own.
    if (action.substr(0, 3) == "191") return "1381";
    if (action.substr(0, 3) == "192") return "1382";
    if (action.substr(0, 3) == "193" || action.substr(0, 3) == "194" || action.substr(0, 3) == "195")
      return "1384";
    if (action.substr(0, 3) == "204") return "1385";
  }
  const Row* r = RowFor(action);
  if (!r) return {};
  switch (frame) {
    case Frame::kIntent: return r->intent;
    case Frame::kAppeal: return r->appeal;
    case Frame::kDemand: return r->demand;
    case Frame::kReject: return r->reject;
    case Frame::kThreaten: return r->threaten;
  }
  return {};
}

}  // namespace dyad::ontology
