export * from "./xlsxWorkbook";
export * from "./openWorkbook";
export * from "./readSheets";
export * from "./cellValue";
