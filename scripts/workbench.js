#!/usr/bin/env node
// Serves the built add-in (dist/) and the sample workbooks (samples/) over
// plain HTTP on localhost, for the browser workbench: `npm run workbench`.
// No dependencies beyond Node; the browser tests start the same kind of server.
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const MOUNTS = [
  { prefix: "/samples/", dir: path.join(ROOT, "samples") },
  { prefix: "/", dir: path.join(ROOT, "dist") },
];
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function resolveFile(urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  if (pathname === "/") pathname = "/workbench.html";
  for (const { prefix, dir } of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = path.resolve(dir, "." + pathname.slice(prefix.length - 1));
    // Never serve anything outside the mounted folder.
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    return file;
  }
  return null;
}

function createServer() {
  return http.createServer((req, res) => {
    const file = resolveFile(req.url || "/");
    if (!file) {
      res.writeHead(400).end("Bad request");
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      const type = TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
      res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store" }).end(body);
    });
  });
}

module.exports = { createServer };

if (require.main === module) {
  if (!fs.existsSync(path.join(ROOT, "dist", "workbench.html"))) {
    console.error("dist/workbench.html is missing: run `npm run build` first.");
    process.exit(1);
  }
  const port = Number(process.env.PORT) || 8080;
  const server = createServer();
  server.listen(port, "127.0.0.1", () => {
    const { port: actual } = server.address();
    console.log(`MicroSeg workbench (preview, not Excel): http://localhost:${actual}/workbench.html`);
    console.log("Press Ctrl+C to stop.");
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
