export * from "./cells";
export * from "./fields";
export * from "./issues";
export * from "./settings";
export * from "./output";
export * from "./results";
export * from "./port";
export * from "./portError";
export * from "./registry";
export * from "./contracts";
export * from "./plan/cycle";
export * from "./labels";
export * from "./settingsValidate";
export * from "./engine";
export * from "./method";
export * from "./formula";
export { sideValueAddress, tableNameOf } from "./layout/columns";
export * from "./write";
export * from "./measure";
export {
  planPreview,
  previewInputs,
  type PlanPreview,
  type PreviewInputs,
  type RepCapacity,
} from "./team/preview";
