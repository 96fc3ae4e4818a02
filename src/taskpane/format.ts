/** Numbers and dates as the pane's language writes them (digits grouped, dates in its locale). */
import type { Lang } from "../core/issues";

const LOCALE: Record<Lang, string> = { zh: "zh-CN", en: "en-US" };

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
}

/** An ISO date (YYYY-MM-DD) in the pane's locale: "2026年12月1日" / "Dec 1, 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
