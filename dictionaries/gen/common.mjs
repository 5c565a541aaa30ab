// dictionaries/gen/common.mjs: what the set-up's generators share: reading their sources
// with errors that name the file and say how to get it, and the version and licence of the
// npm package a data file came from (for the generated files' header comments).
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';

export class InputError extends Error {}

export function readText(file, what, hint) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${what} '${file}': ${e.code || e.message}. ${hint}`);
  }
}

export function readJson(file, what, hint) {
  const text = readText(file, what, hint);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what} '${file}' is not valid JSON: ${e.message}`);
  }
}

// Version and licence of the npm package `name` whose data file is `file`.
export function npmPackageInfo(file, name) {
  let dir = path.dirname(path.resolve(file));
  for (let i = 0; i < 4; i++) {
    const pj = path.join(dir, 'package.json');
    if (fs.existsSync(pj)) {
      try {
        const p = JSON.parse(fs.readFileSync(pj, 'utf8'));
        if (p.name === name) {
          let license = p.license;
          if (!license && Array.isArray(p.licenses) && p.licenses.length) {
            license = p.licenses.map((l) => l.type).join(' or ');
          }
          return { version: p.version || 'unknown', license: license || 'unknown' };
        }
      } catch { /* fall through */ }
    }
    dir = path.dirname(dir);
  }
  return { version: 'unknown', license: 'unknown' };
}

// Writes `text` to `file` (created with its directories) unless it already holds exactly
// that, atomically (a temporary file renamed), and says which on standard output.
export function writeIfChanged(label, file, text, what) {
  let old = null;
  try { old = fs.readFileSync(file, 'utf8'); } catch { /* new file */ }
  if (old === text) {
    process.stdout.write(`${label}: unchanged (${what}): ${file}\n`);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp${process.pid}`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
  process.stdout.write(`${label}: wrote ${what}: ${file}\n`);
}

// Runs a generator's main(): an InputError (a missing or broken source) is one line on
// standard error and exit status 2; anything else is a bug and throws.
export function runMain(script, main) {
  try {
    process.exitCode = main();
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`${script}: error: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      throw e;
    }
  }
}
