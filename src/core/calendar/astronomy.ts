/**
 * The two astronomical events the Chinese holidays hang on, computed here
 * rather than taken on trust:
 *
 * - New moons (Meeus, Astronomical Algorithms, ch. 49; accurate to seconds).
 *   ICU's Chinese calendar (what `Intl` offers) approximates them and gets a
 *   month start wrong when the new moon falls just before midnight in China:
 *   Node 20's ICU puts 春节 2027 on 7 February, while the Purple Mountain and
 *   Hong Kong observatories publish 6 February (new moon 23:56 Beijing time).
 * - The sun's apparent longitude (Meeus ch. 25, about 0.01°, i.e. minutes),
 *   for the solar term 清明 (longitude 15°).
 *
 * Times are Julian days; civil dates are taken in Beijing time (UTC+8), as the
 * Chinese calendar is.
 */

const RAD = Math.PI / 180;
const sin = (deg: number): number => Math.sin(deg * RAD);
const J2000 = 2451545.0;
const UNIX_EPOCH_JD = 2440587.5;
const DAY_MS = 86_400_000;
const BEIJING_OFFSET_DAYS = 8 / 24;

/** ΔT (TT − UT) in days, a polynomial good to seconds for 2005–2050 (NASA, Espenak & Meeus). */
function deltaTDays(year: number): number {
  const t = year - 2000;
  return (62.92 + 0.32217 * t + 0.005589 * t * t) / 86_400;
}

/** Julian day (TT) of the true new moon of lunation k (k = 0 is 6 January 2000). */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  jde +=
    -0.4072 * sin(Mp) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mp) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mp - 2 * F) -
    0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) -
    0.00042 * sin(3 * Mp) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) -
    0.00017 * sin(Om) -
    0.00007 * sin(Mp + 2 * M) +
    0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mp + M - 2 * F) +
    0.00003 * sin(2 * Mp + 2 * F) -
    0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) -
    0.00002 * sin(Mp - M - 2 * F) -
    0.00002 * sin(3 * Mp + M) +
    0.00002 * sin(4 * Mp);
  // A1 also has a T² term; the other planetary arguments are linear in k.
  jde += 0.000325 * sin(299.77 + 0.107408 * k - 0.009173 * T2);
  const planetary: [number, number, number][] = [
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  for (const [c, a, b] of planetary) jde += c * sin(a + b * k);
  return jde;
}

/** ISO date "YYYY-MM-DD" in Beijing time of a Julian day in TT. */
export function beijingDateOfJde(jde: number): string {
  const year = 2000 + (jde - J2000) / 365.25;
  const ut = jde - deltaTDays(year);
  const ms = (ut + BEIJING_OFFSET_DAYS - UNIX_EPOCH_JD) * DAY_MS;
  return new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/** Julian day (TT) of 00:00 Beijing time on an ISO date. */
function jdeAtBeijingMidnight(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  const ut = ms / DAY_MS + UNIX_EPOCH_JD - BEIJING_OFFSET_DAYS;
  return ut + deltaTDays(Number(iso.slice(0, 4)));
}

/** The Beijing date of the new moon nearest an ISO date. */
export function newMoonNear(iso: string): string {
  const jd = jdeAtBeijingMidnight(iso);
  const k = Math.round((jd - 2451550.09766) / 29.530588861);
  let best = newMoonJde(k);
  for (const dk of [-1, 1]) {
    const other = newMoonJde(k + dk);
    if (Math.abs(other - jd) < Math.abs(best - jd)) best = other;
  }
  return beijingDateOfJde(best);
}

/** The sun's apparent ecliptic longitude in degrees [0, 360) at a Julian day (TT). */
export function sunLongitude(jde: number): number {
  const T = (jde - J2000) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M) +
    (0.019993 - 0.000101 * T) * sin(2 * M) +
    0.000289 * sin(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const apparent = L0 + C - 0.00569 - 0.00478 * sin(omega);
  return ((apparent % 360) + 360) % 360;
}

/** The Beijing date on which the sun reaches `longitude` (0–180°, spring/summer terms), searched in April ± a month. */
export function solarTermDate(year: number, longitude: number, around: string): string {
  const start = Date.parse(`${around}T00:00:00Z`) - 20 * DAY_MS;
  for (let i = 0; i < 40; i++) {
    const day = new Date(start + i * DAY_MS).toISOString().slice(0, 10);
    const next = new Date(start + (i + 1) * DAY_MS).toISOString().slice(0, 10);
    const a = sunLongitude(jdeAtBeijingMidnight(day));
    const b = sunLongitude(jdeAtBeijingMidnight(next));
    // Longitudes grow ~1° a day; the term falls on the day whose span contains it (no wrap below 180°).
    if (a <= longitude && b > longitude) return day;
  }
  throw new Error(`No solar term ${longitude}° near ${around} in ${year}`);
}

/** 清明: the day the sun reaches 15°, 4–6 April. */
export function qingmingDate(year: number): string {
  return solarTermDate(year, 15, `${year}-04-05`);
}
