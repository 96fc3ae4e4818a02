/**
 * The browser-test harness: a static server for dist/ and samples/ on a free
 * localhost port (started from the test process, so nothing outlives it) and
 * headless Debian Chromium through playwright-core.
 */
import { existsSync, mkdirSync, readFile } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "test-artifacts");
/** Debian's chromium by default; CHROMIUM_PATH points at another Chromium or Chrome binary. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Where the built page loads office.js from (Microsoft's CDN, as production requires). */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The npm copy of the same files, which the tests serve in the CDN's place (no network here). */
export const OFFICE_JS_LOCAL = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Fails with a clear message when the build or the browser is missing. */
export function requirePrerequisites(page: string): void {
  if (!existsSync(join(DIST, page))) {
    throw new Error(
      `dist/${page} is missing: run \`npm run build\` before the browser tests (npm test does).`,
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export async function startServer(): Promise<StaticServer> {
  const mounts = [
    { prefix: "/samples/", dir: join(ROOT, "samples") },
    { prefix: "/", dir: DIST },
  ];
  const server: Server = createServer((req, res) => {
    let pathname = "";
    try {
      pathname = decodeURIComponent((req.url ?? "/").split("?")[0]);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    const file = mount ? resolve(mount.dir, "." + pathname.slice(mount.prefix.length - 1)) : "";
    if (!mount || !file.startsWith(mount.dir + sep)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file, (err, body) => {
      if (err) res.writeHead(404).end();
      else
        res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  // A fresh temporary profile per launch (playwright's default), no network services.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** True for URLs served by this machine (or inline data). */
export function isLocal(url: string): boolean {
  if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) return true;
  const { hostname } = new URL(url);
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

/**
 * Answers every request for Microsoft's office.js CDN from the npm copy, so the
 * production page runs offline; a file the copy lacks is a 404, never the network.
 * Returns the CDN URLs that were answered this way.
 */
export async function routeOfficeJs(target: Page | BrowserContext): Promise<string[]> {
  const served: string[] = [];
  await target.route(`${OFFICE_JS_CDN}**`, async (route) => {
    const url = route.request().url();
    const rest = decodeURIComponent(new URL(url).pathname.slice(new URL(OFFICE_JS_CDN).pathname.length));
    const file = resolve(OFFICE_JS_LOCAL, rest);
    if (!file.startsWith(OFFICE_JS_LOCAL + sep) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: "" });
      return;
    }
    served.push(url);
    await route.fulfill({ path: file, contentType: TYPES[extname(file)] ?? "application/octet-stream" });
  });
  return served;
}
