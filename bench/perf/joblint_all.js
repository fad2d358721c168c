// Run joblint over many files in one node process (its CLI reads one file per process).
//   node bench/perf/joblint_all.js PEERS_DIR FILE...
// Prints one line per file: the path and the number of issues joblint reports.
"use strict";
const fs = require("fs");
const path = require("path");
const [peers, ...files] = process.argv.slice(2);
const joblint = require(path.resolve(peers, "node_modules", "joblint"));
let total = 0;
for (const file of files) {
  const result = joblint(fs.readFileSync(file, "utf8"));
  const issues = (result && result.issues) ? result.issues.length : 0;
  total += issues;
  process.stdout.write(`${file}: ${issues}\n`);
}
process.stdout.write(`${files.length} files, ${total} issues\n`);
