export * from "./cells";
export * from "./fields";
export * from "./issues";
export * from "./settings";
export * from "./output";
export * from "./results";
export * from "./port";
