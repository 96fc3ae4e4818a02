export * from "./packageWorkbook";
export * from "./openWorkbook";
export * from "./packageSheets";
