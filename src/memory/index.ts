export * from "./MemoryWorkbookPort";
export * from "./tableToValues";
