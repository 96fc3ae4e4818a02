/**
 * The browser-test harness: a static server for dist/ and samples/ on a free
 * localhost port (started from the test process, so nothing outlives it) and
 * headless Chromium through playwright-core.
 *
 * The browser arrives with `npm ci`: @sparticuz/chromium ships a compressed
 * Chromium inside the package, unpacked once per version into the temporary
 * directory. CHROMIUM_PATH overrides it; a system Chromium is the last resort.
 * Chinese glyphs come from an npm font package (@fontsource/noto-sans-sc),
 * served by the test server, so screenshots need no system fonts either.
 */
import { execFileSync } from "node:child_process";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFile,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress } from "node:zlib";
import { dirname, extname, join, resolve, sep } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";

export const ROOT = resolve(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "test-artifacts");
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
/** Time for beforeAll: the first run unpacks the bundled Chromium (about 200 MB) before launching it. */
export const BROWSER_START_MS = 120_000;
const FONT_PACKAGE = dirname(require.resolve("@fontsource/noto-sans-sc/package.json"));

interface BrowserBinary {
  executablePath: string;
  /** Extra environment for the browser process (the bundled one's own fontconfig). */
  env?: Record<string, string>;
  source: string;
}

let binary: Promise<BrowserBinary> | null = null;

/** The Chromium the tests launch: CHROMIUM_PATH, else the bundled one, else the system's. */
export function browserBinary(): Promise<BrowserBinary> {
  binary ??= findBrowser();
  return binary;
}

async function findBrowser(): Promise<BrowserBinary> {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist.`);
    return { executablePath: override, source: "CHROMIUM_PATH" };
  }
  try {
    return await bundledChromium();
  } catch (e) {
    if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: "system" };
    throw new Error(
      `No browser for the browser tests: the bundled Chromium (@sparticuz/chromium, installed by npm ci) ` +
        `could not be unpacked (${e instanceof Error ? e.message : String(e)}), there is no ${SYSTEM_CHROMIUM}, ` +
        `and CHROMIUM_PATH is not set.`,
    );
  }
}

/**
 * Unpacks @sparticuz/chromium's Chromium and fonts into
 * <tmp>/microseg-chromium-<version>. A private staging directory is renamed
 * into place whole, so parallel test files never launch a half-written
 * binary. (The package's own executablePath() unpacks straight into /tmp and
 * takes any existing file there as complete.)
 */
async function bundledChromium(): Promise<BrowserBinary> {
  // The package exports only its entry (build/cjs/index.cjs), not package.json.
  const pkgDir = resolve(dirname(require.resolve("@sparticuz/chromium")), "..", "..");
  const { version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string };
  const base = tmpdir();
  const dir = join(base, `microseg-chromium-${version}`);
  if (!existsSync(join(dir, "ready"))) {
    const staging = mkdtempSync(join(base, `microseg-chromium-${version}-`));
    try {
      await unbrotli(join(pkgDir, "bin", "chromium.br"), join(staging, "chromium"), 0o700);
      await unbrotli(join(pkgDir, "bin", "fonts.tar.br"), join(staging, "fonts.tar"), 0o600);
      mkdirSync(join(staging, "fonts"));
      execFileSync("tar", ["-xf", join(staging, "fonts.tar"), "-C", join(staging, "fonts")]);
      rmSync(join(staging, "fonts.tar"));
      // SwiftShader (software GL) beside the binary: without it the GPU process exits and takes the browser with it.
      await unbrotli(join(pkgDir, "bin", "swiftshader.tar.br"), join(staging, "swiftshader.tar"), 0o600);
      execFileSync("tar", ["-xf", join(staging, "swiftshader.tar"), "-C", staging]);
      rmSync(join(staging, "swiftshader.tar"));
      // Its own fontconfig: only the fonts it ships (Latin); Chinese comes from the test page's web font.
      writeFileSync(
        join(staging, "fonts.conf"),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
          `  <dir>${join(dir, "fonts", "fonts")}</dir>\n  <cachedir>${join(dir, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
      );
      writeFileSync(join(staging, "ready"), version);
      renameSync(staging, dir);
    } catch (e) {
      rmSync(staging, { recursive: true, force: true });
      // Another test file got there first: its copy is complete (renamed whole).
      if (!existsSync(join(dir, "ready"))) throw e;
    }
  }
  return {
    executablePath: join(dir, "chromium"),
    env: { FONTCONFIG_PATH: dir, FONTCONFIG_FILE: join(dir, "fonts.conf") },
    source: `bundled @sparticuz/chromium ${version}`,
  };
}

function unbrotli(from: string, to: string, mode: number): Promise<void> {
  return pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to, { mode }));
}
/** Where the built page loads office.js from (Microsoft's CDN, as production requires). */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The npm copy of the same files, which the tests serve in the CDN's place (no network here). */
export const OFFICE_JS_LOCAL = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Fails with a clear message when the build is missing. */
export function requirePrerequisites(page: string): void {
  if (!existsSync(join(DIST, page))) {
    throw new Error(
      `dist/${page} is missing: run \`npm run build\` before the browser tests (npm test does).`,
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
    { prefix: "/test-fonts/noto-sans-sc/", dir: FONT_PACKAGE },
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

export async function launchChromium(): Promise<Browser> {
  const { executablePath, env } = await browserBinary();
  // A fresh temporary profile per launch (playwright's default), no network services.
  return chromium.launch({
    executablePath,
    env: env ? { ...process.env, ...env } : undefined,
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
      "--no-zygote",
    ],
  });
}

/**
 * Chinese glyphs from the npm font package, added to Fluent's font stack (its
 * families are Windows/macOS fonts a bare Linux machine lacks), as a user's
 * system font would supply them.
 */
const CJK_FONT = `
@import url("/test-fonts/noto-sans-sc/400.css");
@import url("/test-fonts/noto-sans-sc/600.css");
.fui-FluentProvider, :root {
  --fontFamilyBase: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", "Open Sans", "Noto Sans SC", sans-serif !important;
}
body { font-family: "Segoe UI", "Open Sans", "Noto Sans SC", sans-serif; }
`;

/** A new page (own context) with the CJK web font installed before the app's scripts run. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  await context.addInitScript((css: string) => {
    const add = () => {
      const style = document.createElement("style");
      style.setAttribute("data-test-font", "");
      style.textContent = css;
      document.head.appendChild(style);
    };
    if (document.head) add();
    else document.addEventListener("DOMContentLoaded", add, { once: true });
  }, CJK_FONT);
  // The context goes with the browser (browser.close() in afterAll).
  return context.newPage();
}

/** Waits until the web fonts a page uses have loaded (before a screenshot). */
export async function fontsReady(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
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
