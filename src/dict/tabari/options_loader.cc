// dict/tabari/options_loader.cc: TABARI .options commands.
#include "dict/tabari/options_loader.h"

#include <cctype>

#include "dict/tabari/phrase.h"

namespace dyad::tabari {
namespace {

std::string Upper(std::string_view s) {
  std::string o(s);
  for (char& c : o) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return o;
}

std::string StripComment(std::string_view s) {
  size_t hash = s.find('#');
  size_t slashes = s.find("//");
  size_t cut = std::min(hash, slashes);
  return std::string(Trim(s.substr(0, cut == std::string_view::npos ? s.size() : cut)));
}

// Finds "NAME[n]" in `s` and returns n, or -1.
int Bracketed(const std::string& s, const std::string& name) {
  size_t p = s.find(name + "[");
  if (p == std::string::npos) return -1;
  return std::atoi(s.c_str() + p + name.size() + 1);
}

bool HasWord(const std::string& s, const std::string& w) {
  size_t p = 0;
  while ((p = s.find(w, p)) != std::string::npos) {
    bool left = p == 0 || !std::isalnum(static_cast<unsigned char>(s[p - 1]));
    bool right = p + w.size() >= s.size() || !std::isalnum(static_cast<unsigned char>(s[p + w.size()]));
    if (left && right) return true;
    p += w.size();
  }
  return false;
}

// "KEY = value" pairs for COMMA: ("MIN = 4 MAX = 6 ...").
int NamedValue(const std::string& s, const std::string& key, int fallback) {
  size_t p = 0;
  while ((p = s.find(key, p)) != std::string::npos) {
    bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(s[p - 1]));
    size_t q = p + key.size();
    while (q < s.size() && (s[q] == ' ' || s[q] == '\t')) ++q;
    if (left && q < s.size() && s[q] == '=') {
      return std::atoi(s.c_str() + q + 1);
    }
    p += key.size();
  }
  return fallback;
}

bool TruthValue(const std::string& v, bool* out) {
  std::string t(Trim(v));
  if (t == "TRUE" || t == "T" || t == "ON") { *out = true; return true; }
  if (t == "FALSE" || t == "F" || t == "OFF") { *out = false; return true; }
  return false;
}

std::string CodeIn(const std::string& s, size_t from) {
  size_t lb = s.find('[', from);
  if (lb == std::string::npos) return "";
  size_t rb = s.find(']', lb);
  if (rb == std::string::npos) return "";
  return std::string(Trim(std::string_view(s).substr(lb + 1, rb - lb - 1)));
}

}  // namespace

bool ApplyOptionLine(std::string_view line, TabariOptions* o, std::string* err) {
  std::string s = StripComment(line);
  if (s.empty()) return true;
  size_t colon = s.find(':');
  if (colon == std::string::npos) {
    *err = "not an options command: '" + s + "'";
    return false;
  }
  std::string cmd = Upper(Trim(std::string_view(s).substr(0, colon)));
  std::string arg = std::string(Trim(std::string_view(s).substr(colon + 1)));
  std::string up = Upper(arg);
  std::string c4 = cmd.substr(0, 4);
  if (c4 == "COMP") {
    TabariOptions d;
    o->complex_verbs = std::max(0, Bracketed(up, "VERBS"));
    o->complex_actors = std::max(0, Bracketed(up, "ACTORS"));
    o->complex_pronouns = std::max(0, Bracketed(up, "PRONOUNS"));
    o->complex_conj = std::max(0, Bracketed(up, "CONJ"));
    o->complex_comma = std::max(0, Bracketed(up, "COMMA"));
    o->complex_lateverb = std::max(0, Bracketed(up, "LATEVERB"));
    o->noactprior = HasWord(up, "NOACTPRIOR");
    o->noactafter = HasWord(up, "NOACTAFTER");
    o->noverb = HasWord(up, "NOVERB");
    o->nosource = HasWord(up, "NOSOURCE");
    o->notarget = HasWord(up, "NOTARGET");
    o->noevent = HasWord(up, "NOEVENT");
    return true;
  }
  if (c4 == "SET") {
    size_t eq = up.find('=');
    std::string key = std::string(Trim(std::string_view(up).substr(0, eq == std::string::npos ? up.size() : eq)));
    std::string val = eq == std::string::npos ? "" : std::string(Trim(std::string_view(up).substr(eq + 1)));
    bool b = false;
    if (key.rfind("CODE BY", 0) == 0 || key.rfind("CODE ALL", 0) == 0) {
      if (key.find("SENTENCE") != std::string::npos) o->code_by = TabariOptions::CodeBy::kSentence;
      else if (key.find("ALL") != std::string::npos) o->code_by = TabariOptions::CodeBy::kAll;
      else if (key.find("CLAUSE") != std::string::npos) o->code_by = TabariOptions::CodeBy::kClause;
      else { *err = "unknown CODE BY value"; return false; }
      return true;
    }
    if (key.rfind("MINIMUM WORDS", 0) == 0 || key.rfind("MIN", 0) == 0) {
      if (val.empty() || !std::isdigit(static_cast<unsigned char>(val[0]))) {
        *err = "MINIMUM WORDS needs a number";
        return false;
      }
      o->minimum_words = std::atoi(val.c_str());
      return true;
    }
    if (!TruthValue(val, &b)) {
      *err = "SET: " + key + " needs TRUE or FALSE";
      return false;
    }
    if (key.rfind("CONVERT AGENT", 0) == 0) o->convert_agents = b;
    else if (key == "YYYY") o->yyyy = b;
    else if (key.rfind("TIME SHIFT", 0) == 0) o->time_shift = b ? 1 : 0;
    else if (key == "FBIS") o->fbis = b;
    else if (key == "LABEL" || key == "SKIP RECORDS" || key == "VERB USAGE" || key == "ACTOR USAGE" ||
             key == "AGENT USAGE" || key == "DUP WARNING" || key == "HAIKU" || key == "ALLCAPS" ||
             key == "CHECK DOMINANT" || key == "CODE NONRESTRICTIVE") {
      // Accepted; no effect on coding.
    } else {
      *err = "unknown SET: parameter '" + key + "'";
      return false;
    }
    return true;
  }
  if (c4 == "DEFA") {
    if (HasWord(up, "OFF") && up.find('[') == std::string::npos) {
      o->default_source.clear();
      o->default_target.clear();
      o->default_source_prior = o->default_target_after = false;
      return true;
    }
    size_t sp = up.find("SOURCE");
    size_t tp = up.find("TARGET");
    if (sp == std::string::npos && tp == std::string::npos) {
      *err = "DEFAULT: needs SOURCE or TARGET";
      return false;
    }
    if (sp != std::string::npos) {
      o->default_source = CodeIn(up, sp);
      size_t end = tp != std::string::npos && tp > sp ? tp : up.size();
      o->default_source_prior = up.substr(sp, end - sp).find("PRIOR") != std::string::npos;
    }
    if (tp != std::string::npos) {
      o->default_target = CodeIn(up, tp);
      size_t end = sp != std::string::npos && sp > tp ? sp : up.size();
      o->default_target_after = up.substr(tp, end - tp).find("AFTER") != std::string::npos;
    }
    return true;
  }
  if (c4 == "COMM") {
    if (HasWord(up, "OFF")) {
      o->comma_active = false;
      return true;
    }
    o->comma_active = true;
    o->comma_min = NamedValue(up, "MIN", o->comma_min);
    o->comma_max = NamedValue(up, "MAX", o->comma_max);
    o->comma_emin = NamedValue(up, "EMIN", o->comma_emin);
    o->comma_emax = NamedValue(up, "EMAX", o->comma_emax);
    o->comma_bmin = NamedValue(up, "BMIN", o->comma_bmin);
    o->comma_bmax = NamedValue(up, "BMAX", o->comma_bmax);
    return true;
  }
  if (c4 == "FORW") {
    size_t sp = arg.find_first_of(" \t");
    o->forward_format = arg.substr(0, sp);
    o->forward = !HasWord(up, "OFF");
    return true;
  }
  if (c4 == "LABE") {
    size_t eq = arg.find('=');
    if (eq == std::string::npos) {
      *err = "LABEL: needs code=text";
      return false;
    }
    o->labels[Upper(Trim(std::string_view(arg).substr(0, eq)))] =
        std::string(Trim(std::string_view(arg).substr(eq + 1)));
    return true;
  }
  if (c4 == "OUTP") {
    o->output.clear();
    size_t p = 0;
    while (p < up.size()) {
      while (p < up.size() && up[p] == ' ') ++p;
      size_t e = up.find(' ', p);
      if (e == std::string::npos) e = up.size();
      if (e > p) o->output.push_back(up.substr(p, e - p));
      p = e;
    }
    return true;
  }
  if (c4 == "NONE" || c4 == "ISSU" || c4 == "FREQ") return true;  // not used for coding
  *err = "unknown options command '" + cmd + "'";
  return false;
}

void ParseOptions(const std::string& name, const std::vector<std::string>& lines,
                  TabariOptions* opts, LoadReport* report) {
  for (size_t i = 0; i < lines.size(); ++i) {
    Where where{name, static_cast<int>(i + 1)};
    if (!IsUtf8(lines[i])) {
      report->Error(where, "invalid UTF-8; line skipped");
      continue;
    }
    std::string_view t = Trim(lines[i]);
    if (t.rfind("~~", 0) == 0 || t.rfind("~FINISH", 0) == 0) break;
    std::string err;
    if (!ApplyOptionLine(t, opts, &err)) report->Error(where, err + "; line skipped");
  }
}

Status LoadOptions(const std::string& path, TabariOptions* opts, LoadReport* report) {
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> lines, ReadLines(path));
  ParseOptions(BaseName(path), lines, opts, report);
  return Status::Ok();
}

}  // namespace dyad::tabari
