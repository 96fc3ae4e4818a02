/**
 * Loads an .xlsx/.xlsm package, telling apart the ways a file can fail to be
 * one, so the command line can say which in one line (and exit 2) instead of
 * showing a zip library's stack trace.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { readZipEntries, ZipParts } from "./zipEntries";
import { readWorkbookParts, type WorkbookParts } from "./workbookParts";

export type OpenFailure = "missing-file" | "not-a-file" | "not-xlsx" | "password-protected" | "corrupt";

export class XlsxOpenError extends Error {
  constructor(
    public readonly reason: OpenFailure,
    public readonly path: string,
    detail: string,
  ) {
    super(`${reason}: ${path}: ${detail}`);
    this.name = "XlsxOpenError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .xls, or an .xlsx encrypted with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Stream name Office uses for the encrypted package inside the compound file. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const EXTENSIONS = new Set([".xlsx", ".xlsm"]);

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

function errnoCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null && "code" in e ? String(e.code) : undefined;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = errnoCode(e);
    if (code === "ENOENT") throw new XlsxOpenError("missing-file", path, "no such file");
    if (code === "EISDIR") throw new XlsxOpenError("not-a-file", path, "is a directory");
    throw new XlsxOpenError("missing-file", path, code ?? String(e));
  }
}

/** Checks what the bytes are before unzipping them. */
export function classifyBytes(path: string, bytes: Buffer): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    const encrypted = bytes.includes(ENCRYPTED_PACKAGE);
    throw new XlsxOpenError(encrypted ? "password-protected" : "not-xlsx", path, "OLE compound file");
  }
  if (!EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new XlsxOpenError("not-xlsx", path, `extension ${extname(path) || "(none)"}`);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new XlsxOpenError(bytes.length === 0 ? "corrupt" : "not-xlsx", path, "not a zip package");
  }
}

export interface OpenedPackage {
  path: string;
  parts: ZipParts;
  map: WorkbookParts;
}

export async function openPackage(path: string): Promise<OpenedPackage> {
  const bytes = await readBytes(path);
  classifyBytes(path, bytes);
  let parts: ZipParts;
  let map: WorkbookParts;
  try {
    parts = new ZipParts(readZipEntries(bytes));
    map = readWorkbookParts(parts);
  } catch (e) {
    throw new XlsxOpenError("corrupt", path, e instanceof Error ? e.message : String(e));
  }
  if (!map.sheets.some((s) => s.part !== undefined))
    throw new XlsxOpenError("corrupt", path, "no worksheets");
  return { path, parts, map };
}
