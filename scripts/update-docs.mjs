// Regenerates the parts of the repository that are derived from code: the README's rules
// reference and schema/inventory.schema.json. A test fails when they drift.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const cli = (...args) => execFileSync(process.execPath, ['bin/attt-audit.js', ...args], { encoding: 'utf8' });

const START = /<!-- rules-reference:start[^>]*-->\n/;
const END = '<!-- rules-reference:end -->';
const readme = readFileSync('README.md', 'utf8');
const start = readme.match(START);
const end = readme.indexOf(END);
if (!start || end < 0) throw new Error('README.md: rules-reference markers not found');
const head = readme.slice(0, start.index + start[0].length);
writeFileSync('README.md', head + cli('rules', '--regime', 'all', '--format', 'markdown', '--lang', 'en') + readme.slice(end));
writeFileSync('schema/inventory.schema.json', cli('schema'));
