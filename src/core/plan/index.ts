export * from "./cycle";
export * from "./smart";
export * from "./objective";
export * from "./tactics";
export * from "./availability";
export * from "./scheduler";
export * from "./targetColumns";
export * from "./planCalls";
