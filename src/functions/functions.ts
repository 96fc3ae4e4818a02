/**
 * Custom worksheet functions (namespace MICROSEG), declared only by JSDoc:
 * the build generates functions.json from these comments and adds the
 * CustomFunctions.associate calls. Each function is one call into a module
 * that lifts an engine method (src/core) over ranges.
 *
 * Every parameter is a matrix of `any`, so a single cell, a range or an array
 * constant all work, and every result is a matrix, so ranges spill. An error
 * cell in a range arrives as a CustomFunctions.Error (the build sets
 * allowErrorForDataTypeAny) and gives that error in its own cell of the spill.
 * The parameter and result types must be written out here: the metadata
 * generator rejects type aliases.
 */
import { deptRxCells, ourRxCells, shareCells } from "./potential";
import { capacityCells, callsCells, smartCheckCells, targetRxCells } from "./planning";
import { cutoffCells, quadrantCells, stageCells, tierCells } from "./segmentation";
import { numberCells } from "./number";
import { workbookDateSystem } from "./dateSystem";

/**
 * Hospital tier A, B or C from beds, daily outpatients and monthly purchase: the best tier most present criteria reach.
 * @customfunction TIER
 * @helpurl https://localhost:3000/functions-help.html
 * @param beds Number of beds (blank when unknown).
 * @param outpatients Daily outpatient visits (blank when unknown).
 * @param purchase Monthly drug purchase in yuan; text such as 500万 is read as 5,000,000.
 * @param [thresholds] Six cut-offs row by row: beds A and B, outpatients A and B, purchase A and B (default 500, 200, 1500, 500, 5000000, 1000000).
 * @returns The tier letter for each hospital.
 */
export function tier(
  beds: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  outpatients: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  purchase: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  thresholds?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return tierCells(beds, outpatients, purchase, thresholds);
}

/**
 * Department total prescriptions per month: daily patients × usage rate × Rx per patient × working days.
 * @customfunction DEPTRX
 * @helpurl https://localhost:3000/functions-help.html
 * @param dailyPatients Average patients per day in the department.
 * @param usageRate Share of patients who use this drug class, as 0.4, 40% or 40.
 * @param rxPerPatient Average prescriptions per patient.
 * @param [workingDays] Working days per month (default 22).
 * @returns Department total Rx per month.
 */
export function deptRx(
  dailyPatients: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  usageRate: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  rxPerPatient: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  workingDays?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return deptRxCells(dailyPatients, usageRate, rxPerPatient, workingDays);
}

/**
 * Our prescriptions per month in a department: our daily patients × Rx per patient × working days.
 * @customfunction OURRX
 * @helpurl https://localhost:3000/functions-help.html
 * @param ourDailyPatients Average patients per day prescribed our product.
 * @param rxPerPatient Average prescriptions per patient.
 * @param [workingDays] Working days per month (default 22).
 * @returns Our Rx per month.
 */
export function ourRx(
  ourDailyPatients: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  rxPerPatient: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  workingDays?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return ourRxCells(ourDailyPatients, rxPerPatient, workingDays);
}

/**
 * Our share of the department's prescriptions: our Rx / department total Rx.
 * @customfunction SHARE
 * @helpurl https://localhost:3000/functions-help.html
 * @param ourRx Our Rx per month.
 * @param deptRx Department total Rx per month; 0 gives #DIV/0!.
 * @returns The share as a fraction (0.375 = 37.5%).
 */
export function share(
  ourRx: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  deptRx: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return shareCells(ourRx, deptRx);
}

/**
 * Quadrant cut-off of a range: its median, a percentile or its mean, ignoring blanks and text.
 * @customfunction CUTOFF
 * @helpurl https://localhost:3000/functions-help.html
 * @param values The volumes or potentials to cut.
 * @param [method] median (default), percentile or mean.
 * @param [p] The percentile for method percentile, as 0.75, 75% or 75 (default 50).
 * @returns The cut-off value.
 */
export function cutoff(
  values: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  method?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  p?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return cutoffCells(values, method, p);
}

/**
 * Volume × potential quadrant (HH, LH, HL, LL); high means at or above the cut-off.
 * @customfunction QUADRANT
 * @helpurl https://localhost:3000/functions-help.html
 * @param volume Monthly prescriptions now.
 * @param potential Monthly prescriptions possible.
 * @param [volumeCut] Volume cut-off (default: the median of the volume range).
 * @param [potentialCut] Potential cut-off (default: the median of the potential range).
 * @param [labels] zh, en or code (default: the Office display language).
 * @returns The quadrant of each row.
 */
export function quadrant(
  volume: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  potential: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  volumeCut?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  potentialCut?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  labels?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return quadrantCells(volume, potential, volumeCut, potentialCut, labels);
}

/**
 * Hospital stage: development while our volume is 0, growth below the stable share, stable from it on.
 * @customfunction STAGE
 * @helpurl https://localhost:3000/functions-help.html
 * @param ourVolume Our monthly volume in the hospital (0 or blank when not listed).
 * @param share Our share of the drug class, as 0.25, 25% or 25.
 * @param [stableShare] Share from which the hospital is stable (default 30%).
 * @param [labels] zh, en or code (default: the Office display language).
 * @returns The stage of each hospital.
 */
export function stage(
  ourVolume: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  share: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  stableShare?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  labels?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return stageCells(ourVolume, share, stableShare, labels);
}

/**
 * Calls per month for a doctor's quadrant.
 * @customfunction CALLS
 * @helpurl https://localhost:3000/functions-help.html
 * @param quadrant A quadrant code (HH, LH, HL, LL) or its Chinese or English name.
 * @param [frequencies] Four numbers for HH, LH, HL, LL (default 4, 4, 2, 1).
 * @returns Calls per month.
 */
export function calls(
  quadrant: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  frequencies?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return callsCells(quadrant, frequencies);
}

/**
 * Call capacity of a cycle: calls per day × working days, on a working calendar, listed holidays excluded.
 * @customfunction CAPACITY
 * @helpurl https://localhost:3000/functions-help.html
 * @param callsPerDay Calls a representative makes per working day.
 * @param startDate First day of the cycle (an Excel date).
 * @param endDate Last day of the cycle (an Excel date).
 * @param [holidays] Dates that are not working days.
 * @param [calendar] CN (mainland-China holidays and make-up working days) or none (Monday to Friday); default CN when Excel is in Chinese, else none.
 * @returns Calls the cycle can hold.
 */
export function capacity(
  callsPerDay: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  startDate: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  endDate: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  holidays?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  calendar?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Promise<Array<Array<number | string | CustomFunctions.Error>>> {
  return workbookDateSystem().then((system) =>
    capacityCells(callsPerDay, startDate, endDate, holidays, calendar, system),
  );
}

/**
 * SMART target monthly Rx: min(potential, max(volume × (1 + ambition), volume + 1)), or a trial when volume is 0.
 * @customfunction TARGETRX
 * @helpurl https://localhost:3000/functions-help.html
 * @param volume The doctor's monthly prescriptions now.
 * @param potential The doctor's monthly potential (blank: no cap).
 * @param [ambition] Growth asked for, as 0.2, 20% or 20 (default 20%).
 * @param [trial] Trial prescriptions for a doctor at volume 0 (default 3).
 * @returns The target monthly Rx.
 */
export function targetRx(
  volume: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  potential: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  ambition?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  trial?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return targetRxCells(volume, potential, ambition, trial);
}

/**
 * SMART check of an objective: empty when it holds, else the failing letters such as A,R.
 * @customfunction SMARTCHECK
 * @helpurl https://localhost:3000/functions-help.html
 * @param target The target monthly Rx.
 * @param volume The doctor's monthly prescriptions now.
 * @param potential The doctor's monthly potential (blank: not judged).
 * @param dueDate The date the target is due (an Excel date).
 * @param [ambition] Growth asked for, as 0.2, 20% or 20 (default 20%).
 * @returns The failing letters among M, A, R, T, or an empty text.
 */
export function smartCheck(
  target: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  volume: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  potential: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  dueDate: Array<Array<number | string | boolean | CustomFunctions.Error>>,
  ambition?: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Promise<Array<Array<number | string | CustomFunctions.Error>>> {
  return workbookDateSystem().then((system) =>
    smartCheckCells(target, volume, potential, dueDate, ambition, system),
  );
}

/**
 * How MicroSeg reads a number typed as text: 1,500, 500万, 35%, full-width digits.
 * @customfunction NUMBER
 * @helpurl https://localhost:3000/functions-help.html
 * @param text The cell to read.
 * @returns The number MicroSeg reads.
 */
export function number(
  text: Array<Array<number | string | boolean | CustomFunctions.Error>>,
): Array<Array<number | string | CustomFunctions.Error>> {
  return numberCells(text);
}
