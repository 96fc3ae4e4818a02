/**
 * runEngine: the whole method of SPEC.md over raw sheets, for every host.
 *   settings → readInputs → tiers/potential → segmentation → targeting
 *   → planCalls → layout
 * Pure and synchronous; a host that runs it in a worker (or between awaits)
 * can stop it with an AbortSignal, checked between stages.
 */
import type { SheetData } from "./cells";
import type { Issue } from "./issues";
import { readInputs } from "./input/readInputs";
import { departmentPotentialTable } from "./layout/departmentPotential";
import { hospitalTiersTable } from "./layout/hospitalTiers";
import { issuesTable } from "./layout/issuesTable";
import { kpisTable } from "./layout/kpis";
import { planHistoryTable } from "./layout/planHistory";
import { planVsActualTable } from "./layout/planVsActual";
import { measureStage } from "./measure/stage";
import type { OutputId } from "./output";
import { segmentationTable } from "./layout/segmentation";
import { targetListTable } from "./layout/targetList";
import { teamTable } from "./layout/team";
import { issueMessage } from "./messages";
import { departmentResults } from "./method/departments";
import { hospitalResults } from "./method/hospitals";
import {
  cutoffsOf,
  doctorCutoffs,
  hospitalCutoffRule,
  hospitalCutoffs,
  segmentHospitals,
} from "./method/segmentation";
import { plausibilityIssues } from "./method/plausibility";
import { priorFeedback } from "./method/feedback";
import { selectTargets } from "./method/targeting";
import { compileFormula, type CompiledFormula } from "./formula/compile";
import type { FormulaName } from "./formula/variables";
import { calendarIssues, runCycle, toIsoDate } from "./plan/cycle";
import { planCalls } from "./plan/planCalls";
import { doctorTypeIssues } from "./plan/callSteps";
import { cycleMonths } from "./team/cycleMonths";
import { buildTeam } from "./team/roster";
import { EngineError, type DoctorResult, type EngineResult, type PlanSummary } from "./results";
import type { Settings } from "./settings";
import { DEFAULT_SETTINGS } from "./settings";
import { validateSettings } from "./settingsValidate";

export interface EngineOptions {
  /** "Now", for the default cycle (the next calendar month). */
  today?: Date;
  signal?: AbortSignal;
  /**
   * Values of MicroSeg's own sheets as the last run left them, by output id
   * (header in row 1). The Plan History accumulates over runs and the Target
   * List carries the reps' feedback, so both are read back before they are
   * rewritten.
   */
  previous?: Partial<Record<OutputId, SheetData>>;
}

/** The error fetch() and friends throw on abort, so hosts handle one shape. */
function abortError(): Error {
  return new DOMException("The MicroSeg run was stopped.", "AbortError");
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Settings are validated, so formulas compile; the default is the guard if one still does not. */
function compiled(name: FormulaName, settings: Settings): CompiledFormula {
  const r = compileFormula(name, settings.formulas[name]);
  if (r.ok) return r.formula;
  const fallback = compileFormula(name, DEFAULT_SETTINGS.formulas[name]);
  if (!fallback.ok) throw new Error(`Default formula ${name} does not compile`);
  return fallback.formula;
}

/** Concatenates issue lists without spreading (a list may hold 100k+ issues). */
function allIssues(lists: readonly (readonly Issue[])[]): Issue[] {
  const out: Issue[] = [];
  for (const list of lists) for (const issue of list) out.push(issue);
  return out;
}

/** Reps planned above team.maxUtilisation or below team.minUtilisation (SPEC §8, issue 11). */
function utilisationIssues(plan: PlanSummary, settings: Settings): Issue[] {
  const out: Issue[] = [];
  for (const r of plan.reps) {
    if (r.name === null || r.capacity <= 0) continue;
    const u = r.workload / r.capacity;
    const over = u > settings.team.maxUtilisation;
    if (!over && u >= settings.team.minUtilisation) continue;
    out.push({
      code: "rep-utilisation",
      severity: "warning",
      sheet: "",
      row: null,
      column: "",
      value: r.name,
      params: {
        rep: r.name,
        utilisation: Math.round(u * 100),
        workload: r.workload,
        capacity: r.capacity,
        over: over ? 1 : 0,
        // The threshold crossed, in percent, so the message says the user's own setting.
        limit: Math.round((over ? settings.team.maxUtilisation : settings.team.minUtilisation) * 100),
      },
    });
  }
  return out;
}

/**
 * Doctors that are not targets but carry a rep's answer (a 移除, or a note on
 * a doctor no longer targeted), rep by rep in team order, then input order:
 * they stay on the Target List so the answer is not lost (issue 16).
 */
function answeredNonTargets(doctors: readonly DoctorResult[], reps: readonly { name: string | null }[]) {
  const order = new Map(reps.map((r, i) => [r.name, i]));
  const rank = (d: DoctorResult) => order.get(d.rep) ?? reps.length;
  return doctors
    .filter((d) => !d.target && d.feedback)
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map(({ d }) => d);
}

export function runEngine(sheets: SheetData[], input: Settings, options: EngineOptions = {}): EngineResult {
  const { signal } = options;
  const today = options.today ?? new Date();
  checkAborted(signal);

  const { settings, issues: settingIssues } = validateSettings(input);
  const lang = settings.language;

  const todayIso = toIsoDate(today);
  const parsed = readInputs(sheets, settings, { today: todayIso });
  const missing = parsed.issues.find(
    (i) => i.code === "table-not-found" && (i.params?.role === "hospitals" || i.params?.role === "doctors"),
  );
  if (missing) throw new EngineError(missing, issueMessage(missing, lang));
  checkAborted(signal);

  const deptFormulas = { deptTotalRx: compiled("deptTotalRx", settings), ourRx: compiled("ourRx", settings) };
  const targetScore = compiled("targetScore", settings);
  const depts = departmentResults(parsed.departments, deptFormulas, settings.workingDaysDefault);
  const hosps = hospitalResults(parsed.hospitals, depts.departments, settings);
  const doctorColumns = parsed.detections.find((d) => d.role === "doctors")?.columns ?? {};
  const plausibility = plausibilityIssues({
    doctors: parsed.doctors,
    departments: depts.departments,
    headers: { volume: doctorColumns.volume?.header, potential: doctorColumns.potential?.header },
  });
  const typeIssues = doctorColumns.doctorType
    ? doctorTypeIssues(parsed.doctors, doctorColumns.doctorType.header)
    : [];
  checkAborted(signal);

  const doctorCuts = doctorCutoffs(parsed.doctors, settings);
  const hospitalCuts = hospitalCutoffs(hosps.hospitals, settings);
  segmentHospitals(hosps.hospitals, hospitalCuts);
  const cutoffs = cutoffsOf(settings, doctorCuts, hospitalCuts);
  checkAborted(signal);

  const { calendar, cycle } = runCycle(settings, parsed, today);
  const team = buildTeam({
    representatives: parsed.representatives,
    hospitals: parsed.hospitals,
    doctors: parsed.doctors,
    detections: parsed.detections,
    settings,
    cycle,
  });
  // Issue 16: the reps' answers on the last Target List, read before it is rewritten.
  const prior = priorFeedback(options.previous?.targetList ?? null, parsed.doctors);
  const targeting = selectTargets({
    doctors: parsed.doctors,
    cuts: doctorCuts,
    settings,
    team,
    months: cycleMonths(cycle),
    targetScore,
    lang,
    feedback: prior.byDoctor,
  });
  const answered = answeredNonTargets(targeting.doctors, team.reps);
  const utilisation = utilisationIssues(targeting.summary, settings);
  checkAborted(signal);

  const plan = planCalls({
    targets: targeting.targets,
    others: targeting.others,
    hospitals: hosps.hospitals,
    departments: depts.departments,
    settings,
    today,
    lang,
    calendar,
    team,
  });
  plan.targetRx.forEach((rx, i) => (targeting.targets[i].targetRx = rx));
  checkAborted(signal);

  const measured = measureStage({
    parsed,
    previous: options.previous?.planHistory ?? null,
    targets: targeting.targets,
    removed: answered.filter((d) => d.rule === "feedback-removed"),
    doctors: targeting.doctors,
    hospitals: hosps.hospitals,
    plan,
    today: todayIso,
  });
  checkAborted(signal);

  const issues = allIssues([
    settingIssues,
    parsed.issues,
    prior.issues,
    calendarIssues(cycle),
    team.issues,
    depts.issues,
    plausibility,
    typeIssues,
    hosps.issues,
    targeting.issues,
    utilisation,
    plan.issues,
    measured.issues,
  ]);
  const doctorRule = {
    method: settings.cutoff.method,
    percentile: settings.cutoff.percentile,
    fixed: null,
  };
  const outputs = [
    hospitalTiersTable(hosps.hospitals, cutoffs, hospitalCutoffRule(settings), settings),
    departmentPotentialTable(depts.departments, deptFormulas, settings),
    segmentationTable(targeting.doctors, cutoffs, doctorRule, settings, team.hasReps),
    targetListTable(targeting.targets, targetScore, settings, plan, team.hasReps, answered),
    ...plan.tables,
    teamTable(targeting.summary, settings),
    ...(measured.result
      ? [
          planVsActualTable(measured.result, measured.callLog, lang),
          kpisTable(measured.result, settings.targeting.minTargets, lang),
        ]
      : []),
    planHistoryTable(measured.history, lang),
    issuesTable(issues, settings),
  ];
  checkAborted(signal);

  return {
    detections: parsed.detections,
    hospitals: hosps.hospitals,
    departments: depts.departments,
    doctors: targeting.doctors,
    cutoffs,
    plan: targeting.summary,
    calls: plan.calls,
    hasReps: team.hasReps,
    measure: measured.result,
    history: measured.history,
    issues,
    outputs,
  };
}
