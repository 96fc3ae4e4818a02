/**
 * A small in-memory Excel behind the Office.js object model, for tests,
 * split by object under fake/ (state, context, workbook, sheet, range,
 * table, chart, conditional formats; rules.ts holds what Excel does on its
 * own: names it refuses, text it converts on entry).
 *
 * Like the real API, every command and every setter is queued and runs at
 * context.sync(); property reads before load + sync throw, and only the
 * properties a load's list names become readable; a failing command stops
 * the batch after the commands before it were applied. It refuses what Excel
 * refuses: deleting a very hidden sheet, overlapping tables, sheet names over
 * 31 characters or with []:*?/\, and (when a test sets `payloadLimit` or
 * `responseLimit`) a request or answer over Excel on the web's size limit,
 * with the codes Excel gives; a range's loaded values are readable only once
 * the answer arrived. Every sync is logged with its request and response
 * size (JSON bytes).
 *
 * Each fake class may only have public members that the real Excel class
 * has: `onlyRealMembers<Fake, Excel.X>()` fails to compile otherwise.
 */
export * from "./fake/state";
export * from "./fake/context";
export * from "./fake/workbook";
export * from "./fake/sheet";
export * from "./fake/range";
export * from "./fake/table";
export * from "./fake/chart";
export * from "./fake/conditionalFormats";
export * from "./fake/rules";
