export * from "./types";
export * from "./names";
export * from "./presentation";
export * from "./registryCells";
export * from "./snapshot";
export * from "./planWrite";
export * from "./renames";
