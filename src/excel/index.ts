export * from "./ExcelWorkbookPort";
export * from "./limits";
export * from "./requirements";
