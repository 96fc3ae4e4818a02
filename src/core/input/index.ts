export { readInputs } from "./readInputs";
export { parseNumber, type NumberRead } from "./numbers";
export { readNumberText, scanNumberText, type NumberTextRead } from "./numberText";
export {
  FIELD_SPECS,
  fieldLabel,
  fieldSpec,
  headerUnit,
  matchHeader,
  normalizeHeader,
  sameHeader,
  type HeaderUnit,
} from "./headers";
export { detectTables, type DetectedTable, type Detections } from "./detect";
export { parseStatus } from "./status";
export { isTotalText } from "./totals";
export { foldKey } from "./chars";
export { cellText, isBlankCell, isBlankRow } from "./rows";
