#!/usr/bin/env node
// dictionaries/gen/countries.mjs: builds dyad's country dictionary (countries.dict).
//
// The country names come from data the registries ship, read at set-up time
// (scripts/setup.sh runs this script); nothing generated is committed:
//   - Debian's iso-codes: /usr/share/iso-codes/json/iso_3166-1.json (names, official and
//     common names, alpha-2 and alpha-3 codes);
//   - the npm package world-countries (countries.json: common and official names,
//     alternate spellings, English demonyms, capitals, whether a country is independent);
//   - optionally the npm package i18n-iso-countries (langs/en.json: English aliases such as
//     "U.S." and "Turkey").
// The output is one [actors] file in dyad's format (docs/dictionary-format.md):
//   1. one line per country: every usable English name, official name, alternate spelling,
//      demonym (with its plural) and common adjective => the CAMEO country code;
//   2. one line per capital of a sovereign state => the CAMEO code + GOV (Tehran => IRNGOV):
//      news uses capitals for governments ("Astana declared its readiness").
//
// CAMEO country codes are ISO 3166-1 alpha-3 codes, with the exceptions of CAMEO_CODE below
// (facts from the CAMEO 1.1b3 codebook and the TABARI and Phoenix country dictionaries).
//
// A name is left out when it would do more harm than good:
//   - it names two sovereign states ("Congo", "Dominican", "Congolese"): such names are
//     listed in the output's header. When one of the countries is sovereign and the others
//     are dependent territories ("French" for France and the French Southern Lands,
//     "American" for the USA and the Northern Mariana Islands) it goes to the sovereign;
//   - it is an ordinary English word or a well-known other place (BLOCKED below: "Island"
//     for Iceland, "US" for the USA, since matching ignores case and "us" is a pronoun);
//   - it is a code, not a name ("KZ"), has a comma or brackets ("Iran, Islamic Republic of":
//     text never says it so), or is not written in the Latin alphabet.
// Names written with diacritics also get a plain-ASCII variant (Bogotá, Bogota), since
// English news often drops them.
//
// Same inputs give byte-identical output: every list is sorted and nothing depends on the
// clock or the environment. The output file is rewritten only when its content changes, so
// a re-run does not trigger a rebuild.
//
// Usage:
//   node dictionaries/gen/countries.mjs --world-countries PATH/countries.json
//        [--i18n PATH/langs/en.json] [--iso-codes PATH/iso_3166-1.json] [--out FILE]
// Exit codes: 0 written or unchanged, 2 error (a missing or unreadable source is named).

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

import { InputError, npmPackageInfo, readJson, runMain, writeIfChanged } from './common.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const DEFAULT_ISO_CODES = '/usr/share/iso-codes/json/iso_3166-1.json';
const DEFAULT_OUT = path.join(REPO_ROOT, 'build', 'dictionaries', 'countries.dict');

// ---------------------------------------------------------------------------------------
// Facts: where CAMEO's country code is not the ISO alpha-3 code (keyed by the alpha-3 code
// of the data; Kosovo has none in ISO and is "UNK" in world-countries).
//   TLS: TMP, East Timor's code before ISO changed it; TABARI's CountryInfo.120116 and
//        Phoenix's country dictionary both use TMP.
//   UNK: KSV, Kosovo: Phoenix's country dictionary ("using World Bank code - no ISO").
// Dependent territories: CountryInfo.120116 codes these under their sovereign, the
// sovereign's code followed by the territory's (so their "country" is the sovereign's):
//   DNKGRL, DNKFRO, USAPRI, USAGUM, USAASM, USAVIR, GBRGIB, GBRFLK, GBRMSR, GBRPCN, GBRSHN,
//   GBRVGB, GBRIMY (sic, CountryInfo's code for the Isle of Man), FRAGLP, FRAGUF, FRAMTQ,
//   FRANCL, FRAPYF, FRAWLF (CountryInfo writes FRNWLF, a typo: FRN is no country), NZLNIU,
//   NZLTKL.
// and these as the sovereign itself: Åland FIN, Saint Barthélemy FRA, Mayotte FRA, Cocos,
// Christmas, Heard and McDonald Islands AUS, Svalbard NOR, Western Sahara MAR.
// Every other code is ISO's: Romania ROU (not ROM: both dictionaries use ROU), Serbia SRB,
// Montenegro MNE, South Sudan SSD, DR Congo COD, Palestine PSE, Taiwan TWN, Hong Kong HKG.
// ---------------------------------------------------------------------------------------
const CAMEO_CODE = {
  TLS: 'TMP', UNK: 'KSV',
  GRL: 'DNKGRL', FRO: 'DNKFRO',
  PRI: 'USAPRI', GUM: 'USAGUM', ASM: 'USAASM', VIR: 'USAVIR',
  GIB: 'GBRGIB', FLK: 'GBRFLK', MSR: 'GBRMSR', PCN: 'GBRPCN', SHN: 'GBRSHN', VGB: 'GBRVGB',
  IMN: 'GBRIMY',
  GLP: 'FRAGLP', GUF: 'FRAGUF', MTQ: 'FRAMTQ', NCL: 'FRANCL', PYF: 'FRAPYF', WLF: 'FRAWLF',
  NIU: 'NZLNIU', TKL: 'NZLTKL',
  ALA: 'FIN', BLM: 'FRA', MYT: 'FRA', CCK: 'AUS', CXR: 'AUS', HMD: 'AUS', SJM: 'NOR',
  ESH: 'MAR',
};

// English names and adjectives that news uses and the data lacks (facts of usage).
const EXTRA_NAMES = {
  USA: ['U.S.', 'U.S.A.', 'United States', 'America', 'Americans'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Briton', 'Britons'],
  KAZ: ['Kazakh', 'Kazakhs', 'Kazakstan'],
  KGZ: ['Kyrgyz', 'Kyrgyzstani', 'Kyrgyzstanis'],
  TJK: ['Tajik', 'Tajiks', 'Tajikistani', 'Tajikistanis'],
  UZB: ['Uzbek', 'Uzbeks'],
  AZE: ['Azeri', 'Azeris'],
  RUS: ['Russia', 'Russians'],
  IRN: ['Iran', 'Iranians'],
  CHN: ['PRC'],
  KOR: ['ROK'],
  DEU: ['Germany', 'Germans'],
  TUR: ['Turkey', 'Turk', 'Turks'],
  CZE: ['Czech Republic', 'Czechs'],
  HRV: ['Croat', 'Croats'],
  SRB: ['Serb', 'Serbs'],
  BIH: ['Bosnia'],
  SWE: ['Swede', 'Swedes'],
  DNK: ['Dane', 'Danes'],
  FIN: ['Finn', 'Finns'],
  PHL: ['Philippine'],
  ARE: ['U.A.E.'],
  SAU: ['Saudis'],
  PSE: ['West Bank', 'Gaza', 'Gaza Strip'],
  VAT: ['Holy See'],
};

// Capitals the data lacks or writes differently from news.
const EXTRA_CAPITALS = {
  USA: ['Washington'],  // the data has "Washington D.C."; also a US state and a surname
};

// Dependent or partly recognised entities whose capital still stands for a government.
const CAPITAL_ALSO = new Set(['PSE', 'TWN', 'UNK']);

// Ordinary English words, other places, or ambiguous: never entries (compared lower case,
// after folding diacritics).
const BLOCKED = new Set([
  'us',             // USA: the pronoun "us" (matching ignores case)
  'island',         // Iceland's alternate spelling "Island"
  'prathet',        // Thailand: "prathet" means "country"
  'mann',           // Isle of Man: a common surname
  'timor',          // the island, shared by Indonesia and Timor-Leste
  'congo',          // two states
  'korea', 'korean', 'koreans',  // two states
  'reunion',        // Réunion, once its accent is folded: an ordinary word
  'jersey',         // also "New Jersey"
  'virgin islands', 'virgin islander', 'virgin islanders',  // British and US territories
  'guiana',         // French Guiana's alternate name; also the region of the Guianas
]);
const BLOCKED_CAPITALS = new Set([
  'victoria',       // Seychelles: a first name, an Australian state, Hong Kong's capital
  'male',           // Malé (Maldives) once its accent is folded: an ordinary word
  'georgetown',     // Guyana: also Georgetown University and Penang's capital
  'amsterdam',      // the Netherlands' government sits in The Hague (also the ICC's seat)
]);

// Demonyms whose plural is not formed with -s, or that are not nouns.
const NO_PLURAL = new Set([
  'vatican', 'djibouti', 'gibraltar', 'mosotho', 'motswana', 'i-kiribati', 'ni-vanuatu',
  'burkinabe', 'greenlandic',
]);

// Notes written beside an entry in the output.
const NOTES = {
  GEO: 'also a US state ("Georgia"): kept, as in CAMEO dictionaries',
  JOR: '"Jordan" is also a personal name',
  TCD: '"Chad" is also a personal name',
  PSE: 'West Bank and Gaza coded PSE as in CAMEO dictionaries',
  ESH: 'Western Sahara coded MAR as in TABARI CountryInfo',
  USA: '"US" left out: matching ignores case and "us" is a pronoun',
};

// ---------------------------------------------------------------------------------------


// The installed Debian iso-codes version, from its changelog (only for the default path).
function isoCodesVersion(isoPath) {
  if (path.resolve(isoPath) !== DEFAULT_ISO_CODES) return 'unknown';
  for (const f of ['/usr/share/doc/iso-codes/changelog.Debian.gz']) {
    try {
      const first = zlib.gunzipSync(fs.readFileSync(f)).toString('utf8').split('\n', 1)[0];
      const m = /^iso-codes \(([^)]+)\)/.exec(first);
      if (m) return m[1];
    } catch { /* not there */ }
  }
  return 'unknown';
}

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
const keyOf = (s) => fold(s).toLowerCase();

// A cleaned name, or null when the name is not usable as an entry.
function clean(raw, { allowCode = false } = {}) {
  if (typeof raw !== 'string') return null;
  let s = raw.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  s = s.replace(/^the\s+/i, '');
  if (!s) return null;
  if (/[,;()#[\]=>]/.test(s)) return null;        // inverted forms, brackets, format marks
  if (!allowCode && /^[A-Z]{2}$/.test(s)) return null;  // alpha-2 codes
  if (!/^[\p{Script=Latin}0-9 .'\-]+$/u.test(s)) return null;  // Latin script only
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

// The usable names of `raw` (a name, or a demonym list like "Antiguan, Barbudan" or
// "Kittitian or Nevisian" when `split`), each with its ASCII-folded variant. With
// `asciiOnly` (alternate spellings, which mix English names with transliterations such as
// "Azərbaycan Respublikası"), only names written in plain ASCII are kept.
function namesOf(raw, { split = false, asciiOnly = false, allowCode = false } = {}) {
  if (typeof raw !== 'string') return [];
  const parts = split ? raw.split(/,| or /) : [raw];
  const out = [];
  for (const p of parts) {
    const c = clean(p, { allowCode });
    if (!c) continue;
    if (asciiOnly && !/^[\x20-\x7e]+$/.test(c)) continue;
    out.push(c);
    const f = fold(c);
    if (f !== c) out.push(f);
  }
  return out;
}

function pluralOf(demonym) {
  const k = demonym.toLowerCase();
  if (NO_PLURAL.has(k) || k.endsWith('ese')) return null;
  return /[nirtoke]$/.test(k) ? demonym + 's' : null;
}

const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function build({ iso, wc, i18n }) {
  // One record per country: world-countries joined with iso-codes (alpha-3) and
  // i18n-iso-countries (alpha-2).
  const isoBy3 = new Map(iso.map((c) => [c.alpha_3, c]));
  const records = [];
  const seen3 = new Set();
  for (const w of wc) {
    const a3 = w.cca3;
    seen3.add(a3);
    records.push({ a3, a2: w.cca2, w, iso: isoBy3.get(a3), independent: w.independent === true });
  }
  for (const c of iso) {  // in iso-codes but not in world-countries (none in 5.1.0)
    if (!seen3.has(c.alpha_3)) {
      records.push({ a3: c.alpha_3, a2: c.alpha_2, w: null, iso: c, independent: false });
    }
  }
  for (const r of records) {
    r.code = CAMEO_CODE[r.a3] || r.a3;
    if (!/^[A-Z0-9]{3,15}$/.test(r.code)) throw new InputError(`bad CAMEO code for ${r.a3}`);
    const names = [];
    const common = r.w ? r.w.name.common : (r.iso.common_name || r.iso.name);
    r.primary = clean(common) || clean(r.iso && r.iso.name) || r.a3;
    if (r.w) {
      names.push(...namesOf(r.w.name.common), ...namesOf(r.w.name.official));
      for (const a of r.w.altSpellings || []) names.push(...namesOf(a, { asciiOnly: true }));
      const eng = r.w.demonyms && r.w.demonyms.eng;
      if (eng) {
        for (const d of [eng.f, eng.m]) {
          for (const n of namesOf(d, { split: true })) {
            names.push(n);
            const pl = pluralOf(n);
            if (pl) names.push(pl);
          }
        }
      }
    }
    if (r.iso) {
      for (const f of ['name', 'official_name', 'common_name']) names.push(...namesOf(r.iso[f]));
    }
    if (i18n && r.a2 && i18n[r.a2] !== undefined) {
      const v = i18n[r.a2];
      for (const n of Array.isArray(v) ? v : [v]) names.push(...namesOf(n));
    }
    for (const n of EXTRA_NAMES[r.a3] || []) names.push(...namesOf(n, { allowCode: true }));
    r.names = names;
  }

  // Who claims each name (by lower-case folded key).
  const claims = new Map();  // key -> Set(record)
  for (const r of records) {
    for (const n of r.names) {
      const k = keyOf(n);
      if (BLOCKED.has(k)) continue;
      if (!claims.has(k)) claims.set(k, new Set());
      claims.get(k).add(r);
    }
  }
  const owner = new Map();  // key -> record
  const ambiguous = [];
  for (const [k, set] of claims) {
    const rs = [...set];
    const codes = new Set(rs.map((r) => r.code));
    const sovereign = rs.filter((r) => r.independent);
    if (codes.size === 1) {
      owner.set(k, sovereign[0] || rs.sort((a, b) => byKey(a.a3, b.a3))[0]);
    } else if (sovereign.length === 1) {
      owner.set(k, sovereign[0]);
    } else {
      ambiguous.push(k);
    }
  }

  // Country lines.
  const countryLines = [];
  let nameCount = 0;
  const sorted = [...records].sort((a, b) => byKey(a.code, b.code) || byKey(a.a3, b.a3));
  for (const r of sorted) {
    const mine = new Map();  // key -> spelling (first seen)
    for (const n of r.names) {
      const k = keyOf(n);
      const exact = n.toLowerCase();
      if (owner.get(k) !== r) continue;
      if (!mine.has(exact)) mine.set(exact, n);
    }
    if (mine.size === 0) continue;
    const first = mine.get(r.primary.toLowerCase()) ? r.primary : null;
    const rest = [...mine.entries()]
      .filter(([k]) => !first || k !== first.toLowerCase())
      .sort((a, b) => byKey(a[0], b[0]) || byKey(a[1], b[1]))
      .map(([, v]) => v);
    const phrases = first ? [first, ...rest] : rest;
    nameCount += phrases.length;
    const note = NOTES[r.a3] ? `  # ${NOTES[r.a3]}` : '';
    countryLines.push(`${phrases.join('; ')} => ${r.code}${note}`);
  }

  // Capital lines: sovereign states (and CAPITAL_ALSO) whose code is a plain country code.
  const capitalClaims = new Map();  // key -> {names:Set, codes:Set}
  for (const r of sorted) {
    if (!(r.independent || CAPITAL_ALSO.has(r.a3)) || r.code.length !== 3 || !r.w) continue;
    const caps = [];
    const first = (r.w.capital || [])[0];
    if (first) caps.push(...namesOf(first));
    for (const c of EXTRA_CAPITALS[r.a3] || []) caps.push(...namesOf(c));
    for (const c of caps) {
      const k = keyOf(c);
      if (BLOCKED_CAPITALS.has(k) || BLOCKED.has(k) || claims.has(k)) continue;
      if (!capitalClaims.has(k)) capitalClaims.set(k, { names: [], codes: new Set() });
      const e = capitalClaims.get(k);
      if (!e.names.includes(c)) e.names.push(c);
      e.codes.add(r.code);
    }
  }
  const capitalsByCode = new Map();
  for (const [k, e] of capitalClaims) {
    if (e.codes.size !== 1) { ambiguous.push(k); continue; }
    const code = [...e.codes][0];
    if (!capitalsByCode.has(code)) capitalsByCode.set(code, []);
    capitalsByCode.get(code).push(...e.names);
  }
  const capitalLines = [];
  let capitalCount = 0;
  for (const code of [...capitalsByCode.keys()].sort(byKey)) {
    const ns = capitalsByCode.get(code);
    // The data's spelling first, then variants, deduplicated case-insensitively.
    const seen = new Set();
    const uniq = ns.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
    capitalCount += uniq.length;
    capitalLines.push(`${uniq.join('; ')} => ${code}GOV`);
  }

  return {
    countryLines, capitalLines, nameCount, capitalCount,
    ambiguous: [...new Set(ambiguous)].sort(byKey),
  };
}

function render(result, meta) {
  const L = [];
  L.push('# countries.dict: countries, their names, demonyms and capitals, in dyad\'s format.');
  L.push('# GENERATED at set-up by dictionaries/gen/countries.mjs (scripts/setup.sh): do not edit;');
  L.push('# change the generator or add entries to a hand-written dictionary instead.');
  L.push('#');
  L.push('# Sources:');
  L.push(`#   iso-codes ${meta.iso.version} (Debian package, iso_3166-1.json), ${meta.iso.license}`);
  L.push(`#   world-countries ${meta.wc.version} (npm), ${meta.wc.license}: names, alternate spellings,`);
  L.push('#     English demonyms, capitals');
  if (meta.i18n) {
    L.push(`#   i18n-iso-countries ${meta.i18n.version} (npm), ${meta.i18n.license}: English aliases`);
  }
  L.push('#   CAMEO country codes: ISO 3166-1 alpha-3 with the exceptions listed in the generator');
  L.push('#     (CAMEO 1.1b3 codebook; TABARI CountryInfo and Phoenix country dictionaries).');
  L.push('# Contains information from world-countries, which is made available under the Open');
  L.push('# Database License (ODbL) 1.0; this file is a Produced Work of that database.');
  L.push('#');
  L.push(`# ${result.countryLines.length} countries, ${result.nameCount} names; ${result.capitalCount} capital names.`);
  L.push('# Left out as naming more than one state:');
  let line = '#  ';
  for (const k of result.ambiguous) {
    if (line.length + k.length + 2 > 92) { L.push(line); line = '#  '; }
    line += ` ${k};`;
  }
  if (line !== '#  ') L.push(line);
  L.push('');
  L.push('[actors]');
  L.push('');
  L.push('# Countries: names, official names, alternate spellings, demonyms, adjectives.');
  L.push(...result.countryLines);
  L.push('');
  L.push('# Capitals stand for their governments ("Astana declared ...").');
  L.push(...result.capitalLines);
  L.push('');
  return L.join('\n');
}

function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        'world-countries': { type: 'string' },
        'i18n': { type: 'string' },
        'iso-codes': { type: 'string', default: DEFAULT_ISO_CODES },
        'out': { type: 'string', default: DEFAULT_OUT },
        'help': { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    throw new InputError(`${e.message}\nusage: node countries.mjs --world-countries FILE ` +
                         '[--i18n FILE] [--iso-codes FILE] [--out FILE]');
  }
  if (args.help) {
    process.stdout.write('usage: node countries.mjs --world-countries FILE [--i18n FILE] ' +
                         '[--iso-codes FILE] [--out FILE]\n');
    return 0;
  }
  if (!args['world-countries']) {
    throw new InputError('--world-countries PATH/countries.json is required ' +
                         '(scripts/setup.sh fetches the package with npm pack)');
  }
  const isoDoc = readJson(args['iso-codes'], 'iso-codes data',
                         'Install the Debian package iso-codes (apt-get install iso-codes).');
  const iso = isoDoc && isoDoc['3166-1'];
  if (!Array.isArray(iso)) throw new InputError(`'${args['iso-codes']}' has no "3166-1" list`);
  const wc = readJson(args['world-countries'], 'world-countries data',
                      'Run scripts/setup.sh, which fetches world-countries with npm pack.');
  if (!Array.isArray(wc) || !wc.length || !wc[0].cca3) {
    throw new InputError(`'${args['world-countries']}' is not world-countries' countries.json`);
  }
  let i18n = null;
  if (args.i18n) {
    const doc = readJson(args.i18n, 'i18n-iso-countries data',
                         'Run scripts/setup.sh, which fetches i18n-iso-countries with npm pack.');
    if (!doc || typeof doc.countries !== 'object') {
      throw new InputError(`'${args.i18n}' is not i18n-iso-countries' langs/en.json`);
    }
    i18n = doc.countries;
  }
  const meta = {
    iso: { version: isoCodesVersion(args['iso-codes']), license: 'LGPL-2.1+' },
    wc: npmPackageInfo(args['world-countries'], 'world-countries'),
    i18n: args.i18n ? npmPackageInfo(args.i18n, 'i18n-iso-countries') : null,
  };
  const result = build({ iso, wc, i18n });
  const text = render(result, meta);

  const what = `${result.countryLines.length} countries, ${result.nameCount} names, ` +
               `${result.capitalCount} capital names`;
  writeIfChanged('countries.dict', path.resolve(args.out), text, what);
  return 0;
}

runMain('countries.mjs', main);
