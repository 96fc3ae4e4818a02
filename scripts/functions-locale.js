/* eslint-disable */
// Webpack plugin: after custom-functions-metadata-plugin has emitted
// functions.json (generated from the JSDoc of src/functions/functions.ts),
// switches on error cells as arguments in it (allowErrorForDataTypeAny, which
// the JSDoc generator cannot write), builds functions.zh-CN.json from it and ONE translation table
// (src/functions/translations.zh-CN.json), and emits functions-help.html, the
// page every function's helpUrl opens (the README's "Worksheet functions"
// section). A function or parameter missing from the table fails the build,
// so the Chinese metadata can never silently fall behind the code.
const fs = require("fs");
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");

const PLUGIN = "LocalizedMetadataPlugin";
const ROOT = path.resolve(__dirname, "..");

/**
 * The localized copy of a functions.json object. Returns {metadata, problems};
 * problems lists every id or parameter the table lacks and every table entry
 * the metadata no longer has.
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const text = (v) => typeof v === "string" && v.trim() !== "";
  const ids = new Set();
  const functions = metadata.functions.map((fn) => {
    ids.add(fn.id);
    const entry = table[fn.id];
    if (!entry || !text(entry.description)) {
      problems.push(`${fn.id}: no translated description`);
      return fn;
    }
    const params = entry.params || {};
    const names = new Set((fn.parameters || []).map((p) => p.name));
    for (const name of Object.keys(params)) {
      if (!names.has(name)) problems.push(`${fn.id}: translated parameter "${name}" does not exist`);
    }
    const parameters = (fn.parameters || []).map((p) => {
      if (!text(params[p.name])) {
        problems.push(`${fn.id}: parameter "${p.name}" has no translated description`);
        return p;
      }
      return { ...p, description: params[p.name] };
    });
    const localized = { ...fn, description: entry.description, parameters };
    if (text(entry.name)) localized.name = entry.name;
    return localized;
  });
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) problems.push(`${id}: translated but not a custom function`);
  }
  return { metadata: { ...metadata, functions }, problems };
}

/**
 * The metadata with allowErrorForDataTypeAny: without it Excel does not call a
 * function whose range holds one error cell and shows a single error instead of
 * the spill; with it the error reaches the function (for parameters typed any)
 * and stays in its own cell of the result. Microsoft documents the flag for
 * hand-written metadata only, so the build adds it to the generated file.
 */
function withErrorInputs(metadata) {
  return { ...metadata, allowErrorForDataTypeAny: true };
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The README section `## title` (up to the next `## `), or null. */
function readmeSection(readme, title) {
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === `## ${title}`);
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  if (end < 0) end = lines.length;
  return lines.slice(start, end).join("\n").trim();
}

/** A plain page showing the section as written; it needs no script and no network. */
function helpPage(section) {
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8"><title>MicroSeg worksheet functions</title>',
    "<style>body{font-family:Segoe UI,sans-serif;margin:1rem}pre{white-space:pre-wrap;font-size:13px}</style>",
    "</head><body>",
    `<pre>${escapeHtml(section)}</pre>`,
    "</body></html>",
    "",
  ].join("\n");
}

class LocalizedMetadataPlugin {
  constructor(options = {}) {
    this.options = {
      source: "functions.json",
      output: "functions.zh-CN.json",
      table: path.join(ROOT, "src/functions/translations.zh-CN.json"),
      readme: path.join(ROOT, "README.md"),
      helpPage: "functions-help.html",
      ...options,
    };
  }

  apply(compiler) {
    const o = this.options;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        // ADDITIONAL runs after the metadata plugin has put functions.json in place.
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(o.table);
          compilation.fileDependencies.add(o.readme);
          const fail = (message) => compilation.errors.push(new WebpackError(`${PLUGIN}: ${message}`));
          const asset = compilation.getAsset(o.source);
          if (!asset) return fail(`${o.source} was not emitted, so ${o.output} cannot be built`);
          const metadata = withErrorInputs(JSON.parse(asset.source.source().toString()));
          compilation.updateAsset(o.source, new sources.RawSource(JSON.stringify(metadata, null, 4)));
          let table;
          try {
            table = JSON.parse(fs.readFileSync(o.table, "utf8"));
          } catch (e) {
            return fail(`cannot read ${path.relative(ROOT, o.table)}: ${e.message}`);
          }
          const { metadata: localized, problems } = localizeMetadata(metadata, table);
          if (problems.length > 0) {
            return fail(`${path.relative(ROOT, o.table)} is incomplete:\n  ${problems.join("\n  ")}`);
          }
          compilation.emitAsset(o.output, new sources.RawSource(JSON.stringify(localized, null, 4)));

          const readme = fs.existsSync(o.readme) ? fs.readFileSync(o.readme, "utf8") : "";
          const section = readmeSection(readme, "Worksheet functions");
          if (section === null)
            return fail(`README has no "## Worksheet functions" section for ${o.helpPage}`);
          compilation.emitAsset(o.helpPage, new sources.RawSource(helpPage(section)));
        },
      );
    });
  }
}

module.exports = LocalizedMetadataPlugin;
module.exports.LocalizedMetadataPlugin = LocalizedMetadataPlugin;
module.exports.localizeMetadata = localizeMetadata;
module.exports.withErrorInputs = withErrorInputs;
module.exports.readmeSection = readmeSection;
