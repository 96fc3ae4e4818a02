#!/usr/bin/env node
// The command's entry: the compiled CLI lives in build/cli (npm run build:cli,
// also run by `npm ci` through "prepare").
"use strict";
const path = require("node:path");
const fs = require("node:fs");

const entry = path.join(__dirname, "..", "build", "cli", "src", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("microseg: the command is not built yet; run `npm run build:cli` first.\n");
  process.exit(2);
}
const { main, processIO } = require(entry);
main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`microseg: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
