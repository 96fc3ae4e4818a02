import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { SheetData } from "../../core/cells";
import { ROLES, type Field as FieldId, type FieldSpec, type Role } from "../../core/fields";
import type { Lang } from "../../core/issues";
import type { TableDetection } from "../../core/results";
import type { ColumnMapping, Settings } from "../../core/settings";
import { formatNumber } from "../format";
import type { Translate } from "../i18n";
import { headerOptions, missingRequired, REQUIRED_ROLES } from "./dataModel";

/** Props of the Data step (step 1). */
export interface DataStepProps {
  t: Translate;
  lang: Lang;
  sheets: readonly SheetData[];
  detections: readonly TableDetection[];
  /** The mapping fixes currently in the settings. */
  mapping: Settings["mapping"];
  fieldSpecs: (role: Role) => readonly FieldSpec[];
  onMappingChange: (role: Role, mapping: ColumnMapping) => void;
  onReload: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  role: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  status: { color: tokens.colorNeutralForeground3 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  dropdown: { minWidth: "0", width: "100%" },
});

/** Step 1: what was recognised, row counts, and the column mapping with fixes. */
export function DataStep(props: DataStepProps) {
  const { t, lang, sheets, detections, mapping, fieldSpecs, onMappingChange, onReload } = props;
  const styles = useStyles();
  const roleName = (role: Role) => t(`role.${role}`);
  const problems: string[] = [];
  for (const role of ROLES) {
    const detection = detections.find((d) => d.role === role);
    if (!detection) {
      if (REQUIRED_ROLES.includes(role)) problems.push(t("data.roleMissing", { role: roleName(role) }));
      continue;
    }
    const missing = missingRequired(detection, fieldSpecs(role));
    if (missing.length > 0) {
      const fields = missing
        .map((f) => fieldSpecs(role).find((s) => s.id === f)?.label[lang] ?? f)
        .join(", ");
      problems.push(t("data.missingRequired", { role: roleName(role), fields }));
    }
  }

  return (
    <div className={styles.root}>
      <Body1>{t("data.intro")}</Body1>
      {problems.length > 0 ? (
        problems.map((p) => (
          <MessageBar key={p} intent="warning">
            <MessageBarBody>{p}</MessageBarBody>
          </MessageBar>
        ))
      ) : (
        <MessageBar intent="success">
          <MessageBarBody>{t("data.ready")}</MessageBarBody>
        </MessageBar>
      )}
      {ROLES.map((role) => (
        <RoleSection
          key={role}
          role={role}
          t={t}
          lang={lang}
          detection={detections.find((d) => d.role === role)}
          roleMapping={mapping[role] ?? {}}
          specs={fieldSpecs(role)}
          onChange={(m) => onMappingChange(role, m)}
          sheets={sheets}
          styles={styles}
        />
      ))}
      <div>
        <Button onClick={onReload}>{t("data.reload")}</Button>
      </div>
    </div>
  );
}

interface RoleSectionProps {
  t: Translate;
  lang: Lang;
  role: Role;
  sheets: readonly SheetData[];
  detection: TableDetection | undefined;
  roleMapping: ColumnMapping;
  specs: readonly FieldSpec[];
  onChange: (mapping: ColumnMapping) => void;
  styles: ReturnType<typeof useStyles>;
}

function RoleSection({
  t,
  lang,
  role,
  sheets,
  detection,
  roleMapping,
  specs,
  onChange,
  styles,
}: RoleSectionProps) {
  const title = t(`role.${role}`);
  const headingId = `data-role-${role}`;
  const chosenSheet = roleMapping.sheet ?? "";
  const autoLabel = t("data.auto");
  const options = detection ? headerOptions(sheets, detection) : [];
  const missing = detection ? missingRequired(detection, specs) : [];

  const status = detection
    ? [
        detection.table ? `${detection.sheet} · ${detection.table}` : detection.sheet,
        t("data.rows", { count: formatNumber(detection.dataRows, lang) }),
        t("data.headerRow", { row: detection.headerRow }),
        t(`data.by.${detection.by}`),
      ].join(" · ")
    : t("data.notFound");

  const mapColumn = (field: FieldId, header: string) =>
    onChange({ ...roleMapping, columns: { ...roleMapping.columns, [field]: header } });

  return (
    <section className={styles.role} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {title}
        {REQUIRED_ROLES.includes(role) ? "" : ` (${t("data.optional")})`}
      </Subtitle2>
      <Caption1 className={styles.status}>{status}</Caption1>
      <Field label={t("data.sheetFor", { role: title })}>
        <Dropdown
          className={styles.dropdown}
          value={chosenSheet === "" ? autoLabel : chosenSheet}
          selectedOptions={[chosenSheet]}
          onOptionSelect={(_e, data) =>
            // Another sheet has other headers: earlier column fixes no longer apply.
            onChange({ sheet: data.optionValue ? data.optionValue : undefined, columns: {} })
          }
        >
          <Option value="">{autoLabel}</Option>
          {sheets.map((s) => (
            <Option key={s.name} value={s.name}>
              {s.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {detection ? (
        <div className={styles.fields}>
          {specs.map((spec) => {
            const current = detection.columns[spec.id]?.header ?? "";
            const isMissing = missing.includes(spec.id);
            const notMapped = t("data.notMapped");
            return (
              <Field
                key={spec.id}
                label={spec.label[lang]}
                required={spec.required}
                validationState={isMissing ? "error" : "none"}
                validationMessage={isMissing ? t("data.requiredMissing") : undefined}
              >
                <Dropdown
                  className={styles.dropdown}
                  value={current === "" ? notMapped : current}
                  selectedOptions={[current]}
                  onOptionSelect={(_e, data) => mapColumn(spec.id, data.optionValue ?? "")}
                >
                  <Option value="">{notMapped}</Option>
                  {options.map((h) => (
                    <Option key={h} value={h}>
                      {h}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
          {detection.unmapped.length > 0 ? (
            <Caption1 className={styles.status}>
              {t("data.unusedHeaders", { headers: detection.unmapped.join(", ") })}
            </Caption1>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
