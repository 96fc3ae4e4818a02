import { mkdirSync, writeFileSync } from "node:fs";
import { openPackage, XlsxOpenError, type OpenFailure } from "../../src/xlsx/openWorkbook";
import { tempDir } from "./helpers";

const tmp = tempDir("open");
afterAll(() => tmp.cleanup());

/** The start of an OLE compound file holding an encrypted Office package. */
function encryptedPackage(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    Buffer.from("EncryptedPackage", "utf16le"),
    Buffer.alloc(64),
  ]);
}

async function failure(path: string): Promise<OpenFailure> {
  try {
    await openPackage(path);
  } catch (e) {
    if (e instanceof XlsxOpenError) return e.reason;
    throw e;
  }
  throw new Error("opened");
}

describe("openPackage tells apart what is wrong with a file", () => {
  it.each<[string, OpenFailure, (p: string) => void]>([
    ["missing.xlsx", "missing-file", () => undefined],
    ["folder.xlsx", "not-a-file", (p) => mkdirSync(p)],
    ["list.csv", "not-xlsx", (p) => writeFileSync(p, "Doctor,Volume\nLi,3\n")],
    ["text.xlsx", "not-xlsx", (p) => writeFileSync(p, "Doctor,Volume\n")],
    [
      "old.xls",
      "not-xlsx",
      (p) => writeFileSync(p, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
    ],
    ["locked.xlsx", "password-protected", (p) => writeFileSync(p, encryptedPackage())],
    ["empty.xlsx", "corrupt", (p) => writeFileSync(p, "")],
    [
      "broken.xlsx",
      "corrupt",
      (p) => writeFileSync(p, Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)])),
    ],
  ])("%s → %s", async (name, reason, make) => {
    const path = tmp.path(name);
    make(path);
    expect(await failure(path)).toBe(reason);
  });
});
