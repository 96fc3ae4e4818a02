export * from "./ir";
export * from "./variables";
export * from "./sandbox";
export * from "./evaluate";
export * from "./excel";
export * from "./compile";
export * from "./renameSheetRefs";
