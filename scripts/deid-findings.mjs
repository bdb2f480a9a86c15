// Prints, one JSON line per input, every finding scanText() makes on the whole deid
// evaluation set (generated, hand-written and held-out documents, as given, in NFD, upper
// and lower case;
// every clinical phrase list; the bench's 10,000-character note). Used to check that a
// change meant to be behaviour-neutral (e.g. a speed-up) changes no finding:
//   node scripts/deid-findings.mjs .base/dist > /tmp/old.jsonl   (a build of the old code)
//   node scripts/deid-findings.mjs dist > /tmp/new.jsonl && cmp /tmp/old.jsonl /tmp/new.jsonl
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const dist = `${resolve(process.argv[2] ?? 'dist')}/libs/deid/src/`;
const { scanText } = require(dist);
const { generateDocs } = require(`${dist}eval/generate`);
const { HANDWRITTEN_DOCS } = require(`${dist}eval/handwritten`);
const { CLINICAL_PHRASES } = require(`${dist}eval/negatives`);

const docs = [
  ['generated', generateDocs()],
  ['handwritten', HANDWRITTEN_DOCS],
];
const phrases = [['negatives', CLINICAL_PHRASES]];
// every held-out set in the build (heldout.js, heldout2/ … heldoutN/), so a new set is never left out
const setNumbers = readdirSync(`${dist}eval`)
  .map((f) => /^heldout(\d*)(?:\.js)?$/.exec(f)?.[1])
  .filter((n) => n !== undefined)
  .sort((a, b) => Number(a || 1) - Number(b || 1));
for (const n of setNumbers) {
  const m = require(`${dist}eval/heldout${n}`);
  docs.push([`heldout${n}`, m[`HELDOUT${n}_DOCS`]]);
  phrases.push([`heldout${n}-phrases`, m[`HELDOUT${n}_CLINICAL_PHRASES`]]);
}
let note = '';
for (let i = 0; note.length < 10_000; i++) note += `${HANDWRITTEN_DOCS[i % HANDWRITTEN_DOCS.length].text}\n\n`;
note = note.slice(0, 10_000);

let inputs = 0;
const emit = (id, text) => {
  inputs++;
  const found = scanText(text).map((f) => [f.kind, f.start, f.end, f.text]);
  process.stdout.write(`${JSON.stringify([id, found])}\n`);
};
for (const [set, list] of docs) {
  if (!list?.length) throw new Error(`no documents in ${set}`);
  list.forEach((d, i) => {
    emit(`${set}/${d.id ?? i}`, d.text);
    emit(`${set}/${d.id ?? i}/nfd`, d.text.normalize('NFD'));
    emit(`${set}/${d.id ?? i}/upper`, d.text.toUpperCase());
    emit(`${set}/${d.id ?? i}/lower`, d.text.toLowerCase());
  });
}
for (const [set, list] of phrases) {
  if (!list?.length) throw new Error(`no phrases in ${set}`);
  list.forEach((p, i) => emit(`${set}/${i}`, p));
}
emit('note', note);
emit('note/nfd', note.normalize('NFD'));
process.stderr.write(`${inputs} inputs scanned\n`);
