import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Switch,
  tokens,
} from "@fluentui/react-components";
import type { Issue, Lang } from "../../core/issues";
import { cycleCapacity, resolveCycle } from "../../core/plan/cycle";
import type { CutoffMethod, Quadrant } from "../../core/settings";
import type { SettingsDraft } from "../hooks/useSettingsDraft";
import type { MessageKey, Translate } from "../i18n";

/** Props of the Settings step (step 2). */
export interface SettingsStepProps {
  t: Translate;
  lang: Lang;
  /** The draft settings and their editing functions (useSettingsDraft). */
  form: SettingsDraft;
  issueReason: (issue: Issue, lang: Lang) => string;
  /** "Now", for the default cycle (next calendar month). */
  today: Date;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  priority: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  live: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
});

const TIER_CRITERIA = ["beds", "dailyOutpatients", "monthlyPurchase"] as const;
const METHODS: readonly CutoffMethod[] = ["median", "percentile", "mean", "fixed"];
const TARGET_ORDER: readonly Quadrant[] = ["LH", "HH", "HL", "LL"];
const FORMULAS = ["deptTotalRx", "ourRx", "targetScore"] as const;

/** Step 2: the method's settings with live validation; saved in the workbook. */
export function SettingsStep({ t, lang, form, issueReason, today }: SettingsStepProps) {
  const styles = useStyles();
  const { draft, settings } = form;
  const messageAt = (path: string): string | undefined => {
    const found = form.issuesAt(path);
    return found.length > 0 ? found.map((i) => issueReason(i, lang)).join(" ") : undefined;
  };

  const numberField = (path: string, label: string, opts: { scale?: number; nullable?: boolean } = {}) => {
    const message = messageAt(path);
    return (
      <Field
        key={path}
        label={label}
        validationState={message ? "error" : "none"}
        validationMessage={message}
      >
        <Input
          inputMode="decimal"
          value={form.numberText(path, opts.scale)}
          onChange={(_e, data) => form.setNumber(path, data.value, opts.scale, opts.nullable)}
        />
      </Field>
    );
  };

  const cycle = resolveCycle(settings, today);
  const capacity = cycleCapacity(settings, cycle);
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

  return (
    <div className={styles.root}>
      {form.issues.length > 0 ? (
        <MessageBar intent="error">
          <MessageBarBody>{t("settings.invalid", { count: form.issues.length })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {form.saveError ? (
        <MessageBar intent="error">
          <MessageBarBody>{t("settings.saveFailed", { message: form.saveError })}</MessageBarBody>
        </MessageBar>
      ) : null}

      <section className={styles.group} aria-labelledby="settings-tiers">
        <Subtitle2 as="h3" id="settings-tiers">
          {t("settings.tiers")}
        </Subtitle2>
        {TIER_CRITERIA.map((c) => {
          const criterion = t(`criterion.${c}` as MessageKey);
          return (
            <div key={c} className={styles.pair}>
              {numberField(`tiers.${c}.A`, t("settings.tierA", { criterion }))}
              {numberField(`tiers.${c}.B`, t("settings.tierB", { criterion }))}
            </div>
          );
        })}
        {numberField("stage.stableShare", t("settings.stableShare"), { scale: 100 })}
      </section>

      <section className={styles.group} aria-labelledby="settings-cutoff">
        <Subtitle2 as="h3" id="settings-cutoff">
          {t("settings.cutoff")}
        </Subtitle2>
        <Field label={t("settings.cutoffMethod")}>
          <Dropdown
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
        {draft.cutoff.method === "percentile"
          ? numberField("cutoff.percentile", t("settings.percentile"))
          : null}
        {draft.cutoff.method === "fixed" ? (
          <div className={styles.pair}>
            {numberField("cutoff.volume", t("settings.fixedVolume"), { nullable: true })}
            {numberField("cutoff.potential", t("settings.fixedPotential"), { nullable: true })}
          </div>
        ) : null}
      </section>

      <section className={styles.group} aria-labelledby="settings-targeting">
        <Subtitle2 as="h3" id="settings-targeting">
          {t("settings.targeting")}
        </Subtitle2>
        <Field
          label={t("settings.quadrants")}
          validationState={messageAt("targeting.quadrants") ? "error" : "none"}
          validationMessage={messageAt("targeting.quadrants")}
        >
          <div role="group" aria-label={t("settings.quadrants")}>
            {TARGET_ORDER.map((q) => (
              <Checkbox
                key={q}
                label={t(`quadrant.${q}`)}
                checked={quadrants.includes(q)}
                onChange={(_e, data) => toggleQuadrant(q, data.checked === true)}
              />
            ))}
          </div>
        </Field>
        <ol aria-label={t("settings.priorityOrder")} className={styles.priority}>
          {quadrants.map((q, i) => (
            <li key={q}>
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
            </li>
          ))}
        </ol>
        <Switch
          label={t("settings.fillWithLL")}
          checked={draft.targeting.fillWithLL}
          onChange={(_e, data) => form.setValue("targeting.fillWithLL", data.checked)}
        />
        {numberField("targeting.minTargets", t("settings.minTargets"))}
        <div className={styles.pair}>
          {TARGET_ORDER.map((q) => numberField(`frequency.${q}`, t("settings.frequency", { quadrant: q })))}
        </div>
      </section>

      <section className={styles.group} aria-labelledby="settings-capacity">
        <Subtitle2 as="h3" id="settings-capacity">
          {t("settings.capacity")}
        </Subtitle2>
        {numberField("capacity.callsPerDay", t("settings.callsPerDay"))}
        <div className={styles.pair}>
          {(["start", "end"] as const).map((k) => {
            const message = messageAt(`cycle.${k}`);
            return (
              <Field
                key={k}
                label={t(k === "start" ? "settings.cycleStart" : "settings.cycleEnd")}
                validationState={message ? "error" : "none"}
                validationMessage={message}
              >
                <Input
                  type="date"
                  value={draft.cycle[k] ?? ""}
                  onChange={(_e, data) => form.setValue(`cycle.${k}`, data.value === "" ? null : data.value)}
                />
              </Field>
            );
          })}
        </div>
        <Caption1>{t("settings.cycleHint")}</Caption1>
        <Body1 className={styles.live} role="status" aria-live="polite">
          {t("settings.capacityLive", {
            callsPerDay: settings.capacity.callsPerDay,
            days: cycle.workingDays.length,
            capacity,
          })}
        </Body1>
        {numberField("workingDaysDefault", t("settings.workingDaysDefault"))}
      </section>

      <section className={styles.group} aria-labelledby="settings-smart">
        <Subtitle2 as="h3" id="settings-smart">
          {t("settings.smart")}
        </Subtitle2>
        <div className={styles.pair}>
          {numberField("smart.ambition", t("settings.ambition"), { scale: 100 })}
          {numberField("smart.trial", t("settings.trial"))}
        </div>
      </section>

      <section className={styles.group} aria-labelledby="settings-output">
        <Subtitle2 as="h3" id="settings-output">
          {t("settings.output")}
        </Subtitle2>
        <Field label={t("settings.outputLanguage")}>
          <Dropdown
            value={t(`lang.${draft.language}`)}
            selectedOptions={[draft.language]}
            onOptionSelect={(_e, data) => form.setValue("language", data.optionValue)}
          >
            <Option value="zh">{t("lang.zh")}</Option>
            <Option value="en">{t("lang.en")}</Option>
          </Dropdown>
        </Field>
        <Field label={t("settings.product")}>
          <Input value={draft.product} onChange={(_e, data) => form.setValue("product", data.value)} />
        </Field>
      </section>

      <section className={styles.group} aria-labelledby="settings-formulas">
        <Subtitle2 as="h3" id="settings-formulas">
          {t("settings.formulas")}
        </Subtitle2>
        {FORMULAS.map((f) => {
          const path = `formulas.${f}`;
          const message = messageAt(path);
          return (
            <Field
              key={f}
              label={t(`settings.formula.${f}`)}
              validationState={message ? "error" : "success"}
              validationMessage={message ?? t("settings.formulaOk")}
            >
              <Input
                spellCheck={false}
                value={draft.formulas[f]}
                onChange={(_e, data) => form.setValue(path, data.value)}
              />
            </Field>
          );
        })}
      </section>

      <div className={styles.actions}>
        <Button onClick={form.reset}>{t("settings.reset")}</Button>
        <Caption1 role="status" aria-live="polite">
          {form.saveState === "saving"
            ? t("settings.saving")
            : form.saveState === "saved"
              ? t("settings.saved")
              : ""}
        </Caption1>
      </div>
    </div>
  );
}
