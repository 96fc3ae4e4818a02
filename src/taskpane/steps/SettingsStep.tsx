import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
  Switch,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { Issue, Lang } from "../../core/issues";
import { specialDayName } from "../../core/calendar";
import type { PlanPreview } from "../../core/team/preview";
import {
  CALENDAR_SETTINGS,
  CLINIC_HOURS_RULES,
  QUADRANTS,
  type CutoffMethod,
  type Quadrant,
} from "../../core/settings";
import type { SettingsDraft } from "../hooks/useSettingsDraft";
import { formatDate, formatNumber } from "../format";
import type { MessageKey, Translate } from "../i18n";
import { issueFieldLabel, settingLabel, type SettingField } from "./settingsLabels";
import { fieldDomId, settingMessage } from "./settingsModel";

/** Props of the Settings step (step 2). */
export interface SettingsStepProps {
  t: Translate;
  lang: Lang;
  /** The draft settings and their editing functions (useSettingsDraft). */
  form: SettingsDraft;
  issueReason: (issue: Issue, lang: Lang) => string;
  /** The cycle and capacities a run would plan on now (the engine's calendar: settings, Holidays sheet, input language). */
  plan: PlanPreview;
  /** The unit of the purchase column in the user's data ("万元" → thresholds shown in 万元). */
  purchaseScale?: { factor: number; unit: string } | null;
  /** A field to bring into view and focus (a summary warning's fix); a new object asks again. */
  focusRequest?: { path: string } | null;
}

const useStyles = makeStyles({
  specialDays: { margin: "0", paddingInlineStart: tokens.spacingHorizontalL },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: "0" },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: "0",
    margin: "0",
  },
  // Two columns where they fit (a wide pane), one in Excel's 320 px pane.
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 10rem), 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  field: { minWidth: "0" },
  control: { minWidth: "0", width: "100%" },
  fieldset: {
    border: "none",
    margin: "0",
    padding: "0",
    minWidth: "0",
    display: "flex",
    flexDirection: "column",
  },
  legend: { padding: "0", marginBottom: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightSemibold },
  priority: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  priorityItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minHeight: "28px" },
  live: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    position: "sticky",
    top: "0",
    zIndex: 1,
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  badList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  groupError: { color: tokens.colorPaletteRedForeground1 },
});

const TIER_CRITERIA = ["beds", "dailyOutpatients", "monthlyPurchase"] as const;
const METHODS: readonly CutoffMethod[] = ["median", "percentile", "mean", "fixed"];
const TARGET_ORDER: readonly Quadrant[] = ["LH", "HH", "HL", "LL"];
const FORMULAS = ["deptTotalRx", "ourRx", "targetScore"] as const;

/** ISO dates from free text: one per line or separated by commas / spaces. */
export function parseDateList(text: string): string[] {
  return text
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** "key = text" lines ↔ the tactics table. */
export function parseTactics(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const at = line.indexOf("=");
    if (at <= 0) continue;
    const key = line.slice(0, at).trim();
    if (key) out[key] = line.slice(at + 1).trim();
  }
  return out;
}

function tacticsText(tactics: Record<string, string>): string {
  return Object.entries(tactics)
    .map(([k, v]) => `${k} = ${v}`)
    .join("\n");
}

/** Step 2: the method's settings with live validation; saved in the workbook. */
/** Brings a setting's field into view and focuses it (a group's fieldset takes the focus itself). */
function focusField(path: string): void {
  const el = document.getElementById(fieldDomId(path));
  el?.scrollIntoView?.({ block: "center" });
  el?.focus();
}

export function SettingsStep({
  t,
  lang,
  form,
  issueReason,
  plan,
  purchaseScale,
  focusRequest,
}: SettingsStepProps) {
  const styles = useStyles();
  const { draft, settings } = form;
  const [confirmReset, setConfirmReset] = useState(false);
  const [holidayText, setHolidayText] = useState<string | null>(null);
  const [tacticText, setTacticText] = useState<string | null>(null);
  const [workdayText, setWorkdayText] = useState<string | null>(null);
  const quadrantGroup = useId();
  const sharesGroup = useId();
  const wordIssue = (i: Issue) => settingMessage(i, lang, issueReason, { t, draft });
  const messageAt = (path: string): string | undefined => {
    const found = form.issuesAt(path);
    return found.length > 0 ? found.map(wordIssue).join(" ") : undefined;
  };
  // The shares' total is checked on the group; each share's own range under its field.
  const sharesMessage = form.issues
    .filter((i) => i.column === "targeting.shares")
    .map(wordIssue)
    .join(" ");
  const sharesTotal = QUADRANTS.reduce((sum, q) => {
    const v = draft.targeting.shares[q];
    return typeof v === "number" && Number.isFinite(v) ? sum + v : sum;
  }, 0);

  const labelCtx = { t, purchaseFactor: purchaseScale?.factor ?? null };
  const label = (path: SettingField) => settingLabel(path, labelCtx);

  const numberField = (
    path: SettingField,
    opts: { scale?: number; nullable?: boolean; hint?: string } = {},
  ) => {
    const message = messageAt(path);
    return (
      <Field
        key={path}
        className={styles.field}
        label={label(path)}
        hint={opts.hint}
        validationState={message ? "error" : "none"}
        validationMessage={message}
      >
        <Input
          id={fieldDomId(path)}
          className={styles.control}
          inputMode="decimal"
          value={form.numberText(path, opts.scale)}
          onChange={(_e, data) => form.setNumber(path, data.value, opts.scale, opts.nullable)}
        />
      </Field>
    );
  };

  /** A list of ISO dates, one a line; what was typed stays as typed while the list is parsed. */
  const dateListField = (
    path: "cycle.holidays" | "cycle.workdays",
    dates: readonly string[],
    typed: string | null,
    setTyped: (text: string) => void,
  ) => (
    <Field
      className={styles.field}
      label={label(path)}
      hint={t("settings.datesHint")}
      validationState={messageAt(path) ? "error" : "none"}
      validationMessage={messageAt(path)}
    >
      <Textarea
        id={fieldDomId(path)}
        className={styles.control}
        resize="vertical"
        value={typed ?? dates.join("\n")}
        onChange={(_e, data) => {
          setTyped(data.value);
          form.setValue(path, parseDateList(data.value));
        }}
      />
    </Field>
  );

  const capacityBad = form.issues.some((i) =>
    ["capacity.callsPerDay", "cycle.start", "cycle.end", "cycle.holidays", "cycle.workdays"].some(
      (p) => i.column === p || i.column.startsWith(`${p}.`) || i.column.startsWith(`${p}[`),
    ),
  );
  const { cycle } = plan;
  // The settings' own calls per day over the cycle (a rep's own calls per day are in the Generate preview).
  const capacity = settings.capacity.callsPerDay * cycle.workingDays.length;
  const methodLabel = (m: CutoffMethod) => t(`method.${m}`);
  const quadrants = draft.targeting.quadrants;
  const toggleQuadrant = (q: Quadrant, on: boolean) =>
    form.setValue(
      "targeting.quadrants",
      on ? [...quadrants.filter((x) => x !== q), q] : quadrants.filter((x) => x !== q),
    );
  // Priority is the order of the list: a quadrant moves one place up.
  const raiseQuadrant = (i: number) =>
    form.setValue("targeting.quadrants", [
      ...quadrants.slice(0, i - 1),
      quadrants[i],
      quadrants[i - 1],
      ...quadrants.slice(i + 1),
    ]);
  useEffect(() => {
    if (focusRequest) focusField(focusRequest.path);
  }, [focusRequest]);
  const { holidays, workdays } = draft.cycle;
  const purchase = purchaseScale && purchaseScale.factor !== 1 ? purchaseScale : null;

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Button onClick={() => setConfirmReset(true)}>{t("settings.reset")}</Button>
        <Caption1 role="status" aria-live="polite">
          {form.saveState === "saving"
            ? t("settings.saving")
            : form.saveState === "saved"
              ? t("settings.saved")
              : ""}
        </Caption1>
      </div>
      {form.undo ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("settings.resetDone")}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={form.undo}>
              {t("settings.undo")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      <Dialog open={confirmReset} onOpenChange={(_e, data) => setConfirmReset(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("settings.resetTitle")}</DialogTitle>
            <DialogContent>{t("settings.resetConfirm")}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirmReset(false);
                  setHolidayText(null);
                  setWorkdayText(null);
                  setTacticText(null);
                  form.reset();
                }}
              >
                {t("settings.resetYes")}
              </Button>
              <Button onClick={() => setConfirmReset(false)}>{t("settings.resetNo")}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      {form.issues.length > 0 ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("settings.invalid", { count: form.issues.length })}</MessageBarTitle>
            <ul className={styles.badList}>
              {form.issues.map((i) => (
                <li key={`${i.code}:${i.column}`}>
                  <Link as="button" onClick={() => focusField(i.column)}>
                    {issueFieldLabel(i.column, labelCtx) ?? i.column}
                  </Link>
                  {`: ${wordIssue(i)}`}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {form.saveError ? (
        <MessageBar intent="error">
          <MessageBarBody>{t("settings.saveFailed", { message: form.saveError })}</MessageBarBody>
        </MessageBar>
      ) : null}

      <section className={styles.group} aria-labelledby="settings-tiers">
        <Subtitle2 as="h2" id="settings-tiers">
          {t("settings.tiers")}
        </Subtitle2>
        {TIER_CRITERIA.map((c) => {
          const scaled = c === "monthlyPurchase" && purchase;
          const unit = scaled ? t(`unit.yuan${purchase.factor}` as MessageKey) : "";
          const scale = scaled ? 1 / purchase.factor : 1;
          const hint = (tier: "A" | "B") => {
            const v = settings.tiers[c][tier];
            return scaled
              ? t("settings.inUnit", { value: formatNumber(v / purchase.factor, lang), unit })
              : formatNumber(v, lang);
          };
          return (
            <div key={c} className={styles.pair}>
              {numberField(`tiers.${c}.A`, { scale, hint: hint("A") })}
              {numberField(`tiers.${c}.B`, { scale, hint: hint("B") })}
            </div>
          );
        })}
        {numberField("stage.stableShare", { scale: 100 })}
      </section>

      <section className={styles.group} aria-labelledby="settings-cutoff">
        <Subtitle2 as="h2" id="settings-cutoff">
          {t("settings.cutoff")}
        </Subtitle2>
        <Field className={styles.field} label={label("cutoff.method")}>
          <Dropdown
            className={styles.control}
            value={methodLabel(draft.cutoff.method)}
            selectedOptions={[draft.cutoff.method]}
            onOptionSelect={(_e, data) => form.setValue("cutoff.method", data.optionValue)}
          >
            {METHODS.map((m) => (
              <Option key={m} value={m}>
                {methodLabel(m)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {draft.cutoff.method === "percentile" ? numberField("cutoff.percentile") : null}
        {draft.cutoff.method === "fixed" ? (
          <div className={styles.pair}>
            {numberField("cutoff.volume", { nullable: true })}
            {numberField("cutoff.potential", { nullable: true })}
          </div>
        ) : null}
      </section>

      <section className={styles.group} aria-labelledby="settings-targeting">
        <Subtitle2 as="h2" id="settings-targeting">
          {t("settings.targeting")}
        </Subtitle2>
        {/* A fieldset, not a Field: Field gives its one id to every box inside, so labels would all point at the first. */}
        <fieldset
          id={fieldDomId("targeting.quadrants")}
          tabIndex={-1}
          className={styles.fieldset}
          aria-describedby={`${quadrantGroup}-msg`}
        >
          <legend className={styles.legend}>{label("targeting.quadrants")}</legend>
          {TARGET_ORDER.map((q) => (
            <Checkbox
              key={q}
              id={`${quadrantGroup}-${q}`}
              label={t(`quadrant.${q}`)}
              checked={quadrants.includes(q)}
              onChange={(_e, data) => toggleQuadrant(q, data.checked === true)}
            />
          ))}
          {messageAt("targeting.quadrants") ? (
            <Caption1 id={`${quadrantGroup}-msg`} role="alert" className={styles.groupError}>
              {messageAt("targeting.quadrants")}
            </Caption1>
          ) : null}
        </fieldset>
        <ol aria-label={t("settings.priorityOrder")} className={styles.priority}>
          {quadrants.map((q, i) => (
            <li key={q}>
              <span className={styles.priorityItem}>
                {t(`quadrant.${q}`)}
                {i > 0 ? (
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={t("settings.moveUp", { quadrant: q })}
                    onClick={() => raiseQuadrant(i)}
                  >
                    ↑
                  </Button>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
        <Switch
          label={label("targeting.fillWithLL")}
          checked={draft.targeting.fillWithLL}
          onChange={(_e, data) => form.setValue("targeting.fillWithLL", data.checked)}
        />
        {numberField("targeting.minTargets")}
        <fieldset
          id={fieldDomId("targeting.shares")}
          tabIndex={-1}
          className={styles.fieldset}
          aria-describedby={`${sharesGroup}-total${sharesMessage ? ` ${sharesGroup}-msg` : ""}`}
        >
          <legend className={styles.legend}>{label("targeting.shares")}</legend>
          <div className={styles.pair}>{QUADRANTS.map((q) => numberField(`targeting.shares.${q}`))}</div>
          <Caption1 id={`${sharesGroup}-total`} role="status" aria-live="polite">
            {t("settings.sharesTotal", { total: formatNumber(sharesTotal, lang) })}
          </Caption1>
          {sharesMessage ? (
            <Caption1 id={`${sharesGroup}-msg`} role="alert" className={styles.groupError}>
              {sharesMessage}
            </Caption1>
          ) : null}
        </fieldset>
        <div className={styles.pair}>{TARGET_ORDER.map((q) => numberField(`frequency.${q}`))}</div>
        {numberField("weeklyProspects")}
      </section>

      <section className={styles.group} aria-labelledby="settings-capacity">
        <Subtitle2 as="h2" id="settings-capacity">
          {t("settings.capacity")}
        </Subtitle2>
        {numberField("capacity.callsPerDay")}
        <div className={styles.pair}>
          {numberField("team.maxUtilisation", {
            scale: 100,
            hint: t("settings.utilisationHint"),
          })}
          {numberField("team.minUtilisation", { scale: 100 })}
        </div>
        <div className={styles.pair}>
          {(["start", "end"] as const).map((k) => {
            const message = messageAt(`cycle.${k}`);
            return (
              <Field
                key={k}
                className={styles.field}
                label={label(`cycle.${k}`)}
                validationState={message ? "error" : "none"}
                validationMessage={message}
              >
                <Input
                  id={fieldDomId(`cycle.${k}`)}
                  className={styles.control}
                  type="date"
                  value={draft.cycle[k] ?? ""}
                  onChange={(_e, data) => form.setValue(`cycle.${k}`, data.value === "" ? null : data.value)}
                />
              </Field>
            );
          })}
        </div>
        <Caption1>{t("settings.cycleHint")}</Caption1>
        <Field className={styles.field} label={label("cycle.calendar")}>
          <Dropdown
            className={styles.control}
            value={t(`calendar.${draft.cycle.calendar}`)}
            selectedOptions={[draft.cycle.calendar]}
            onOptionSelect={(_e, data) => form.setValue("cycle.calendar", data.optionValue)}
          >
            {CALENDAR_SETTINGS.map((c) => (
              <Option key={c} value={c}>
                {t(`calendar.${c}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {dateListField("cycle.holidays", holidays, holidayText, setHolidayText)}
        {dateListField("cycle.workdays", workdays, workdayText, setWorkdayText)}
        <Body1 className={styles.live} role="status" aria-live="polite">
          {capacityBad
            ? t("settings.capacityUnknown")
            : t("settings.capacityLive", {
                callsPerDay: formatNumber(settings.capacity.callsPerDay, lang),
                days: cycle.workingDays.length,
                capacity: formatNumber(capacity, lang),
              })}
        </Body1>
        {capacityBad ? null : (
          <Caption1>
            {t("settings.cycleDates", {
              start: formatDate(cycle.start, lang),
              end: formatDate(cycle.end, lang),
            })}
          </Caption1>
        )}
        {capacityBad ? null : (
          // The days the calendar treats differently from Monday–Friday in this cycle, so the user sees what to add or remove above.
          <section aria-label={t("settings.specialDays")}>
            <Caption1>
              {cycle.specialDays.length === 0 ? t("settings.specialDaysNone") : t("settings.specialDays")}
            </Caption1>
            {cycle.specialDays.length === 0 ? null : (
              <ul className={styles.specialDays}>
                {cycle.specialDays.map((d) => (
                  <li key={d.date}>
                    <Caption1>
                      {t(d.kind === "off" ? "settings.specialDayOff" : "settings.specialDayWork", {
                        date: formatDate(d.date, lang),
                        name:
                          specialDayName(d, lang) ||
                          label(d.kind === "off" ? "cycle.holidays" : "cycle.workdays"),
                      })}
                    </Caption1>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {numberField("workingDaysDefault")}
        <Field className={styles.field} label={label("schedule.clinicHours")}>
          <Dropdown
            className={styles.control}
            value={t(`clinicHours.${draft.schedule.clinicHours}`)}
            selectedOptions={[draft.schedule.clinicHours]}
            onOptionSelect={(_e, data) => form.setValue("schedule.clinicHours", data.optionValue)}
          >
            {CLINIC_HOURS_RULES.map((c) => (
              <Option key={c} value={c}>
                {t(`clinicHours.${c}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </section>

      <section className={styles.group} aria-labelledby="settings-smart">
        <Subtitle2 as="h2" id="settings-smart">
          {t("settings.smart")}
        </Subtitle2>
        <div className={styles.pair}>
          {numberField("smart.ambition", { scale: 100 })}
          {numberField("smart.trial")}
        </div>
        <Field
          className={styles.field}
          label={label("tactics")}
          hint={t("settings.tacticsHint")}
          validationState={messageAt("tactics") ? "error" : "none"}
          validationMessage={messageAt("tactics")}
        >
          <Textarea
            id={fieldDomId("tactics")}
            className={styles.control}
            resize="vertical"
            placeholder="quadrant:LH = …"
            value={tacticText ?? tacticsText(draft.tactics)}
            onChange={(_e, data) => {
              setTacticText(data.value);
              form.setValue("tactics", parseTactics(data.value));
            }}
          />
        </Field>
      </section>

      <section className={styles.group} aria-labelledby="settings-output">
        <Subtitle2 as="h2" id="settings-output">
          {t("settings.output")}
        </Subtitle2>
        <Field className={styles.field} label={label("language")}>
          <Dropdown
            className={styles.control}
            value={t(`lang.${draft.language}`)}
            selectedOptions={[draft.language]}
            onOptionSelect={(_e, data) => form.setValue("language", data.optionValue)}
          >
            <Option value="zh">{t("lang.zh")}</Option>
            <Option value="en">{t("lang.en")}</Option>
          </Dropdown>
        </Field>
        <Field className={styles.field} label={label("product")}>
          <Input
            id={fieldDomId("product")}
            className={styles.control}
            value={draft.product}
            onChange={(_e, data) => form.setValue("product", data.value)}
          />
        </Field>
      </section>

      <section className={styles.group} aria-labelledby="settings-formulas">
        <Subtitle2 as="h2" id="settings-formulas">
          {t("settings.formulas")}
        </Subtitle2>
        {FORMULAS.map((f) => {
          const path = `formulas.${f}` as const;
          const message = messageAt(path);
          return (
            <Field
              key={f}
              className={styles.field}
              label={label(path)}
              validationState={message ? "error" : "success"}
              validationMessage={message ?? t("settings.formulaOk")}
            >
              <Input
                id={fieldDomId(path)}
                className={styles.control}
                spellCheck={false}
                value={draft.formulas[f]}
                onChange={(_e, data) => form.setValue(path, data.value)}
              />
            </Field>
          );
        })}
      </section>
    </div>
  );
}
