// Writes every word of @cspell/dict-fi-fi's list, one a line: npm pack @cspell/dict-fi-fi && tar xzf *.tgz,
// npm install cspell-trie-lib, then node dump-cspell-words.mjs > words.txt; keep the lower-case ones for derive.py.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as lib from 'cspell-trie-lib';
const text = gunzipSync(readFileSync('package/dict/fi-fi.trie.gz')).toString('utf8');
const trie = lib.importTrie(text.split("\n"));
let n = 0; const out = [];
for (const w of lib.iteratorTrieWords(trie)) { out.push(w); n++; }
process.stdout.write(out.join('\n'));
console.error('words', n);
