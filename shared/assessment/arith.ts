import type { CountBand, CountScoring, RateBand } from '../standard/model';

/**
 * Integer arithmetic for scores and rates. Points are tenths, thresholds are percent with at most
 * two decimals, so every comparison is between integers: 入会率 exactly 90 % (180 ÷ 200) reaches
 * the 90 % band, 179 ÷ 200 does not — no floating-point rounding decides a band.
 */

/** A percent threshold as hundredths of a percent (90 → 9000, 92.5 → 9250). */
export function basisPoints(percent: number): number {
  return Math.round(percent * 100);
}

/** num ÷ den ≥ percent, exactly; false when den is 0. */
export function reaches(num: number, den: number, percent: number): boolean {
  return den > 0 && num * 10_000 >= den * basisPoints(percent);
}

/** The least numerator that reaches the threshold over `den`. */
export function neededFor(den: number, percent: number): number {
  return Math.ceil((den * basisPoints(percent)) / 10_000);
}

/** "92.5" for 185 ÷ 200: truncated to one decimal so a shown 90 never hides a failed 90 % band. */
export function percentText(num: number, den: number): string {
  if (den <= 0) return '—';
  const permille = Math.floor((num * 1000) / den);
  return permille % 10 === 0
    ? String(permille / 10)
    : `${Math.floor(permille / 10)}.${permille % 10}`;
}

/** Tenths as points for people: 40 → "4", 5 → "0.5". */
export function pointsText(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return abs % 10 === 0 ? `${sign}${abs / 10}` : `${sign}${Math.floor(abs / 10)}.${abs % 10}`;
}

export interface RateOutcome {
  tenths: number;
  /** The best band reached, if any. */
  band?: RateBand;
  /** The next band above the one reached (the lowest band that pays more). */
  next?: RateBand;
}

export function scoreRate(num: number, den: number, bands: readonly RateBand[]): RateOutcome {
  let band: RateBand | undefined;
  for (const candidate of bands) {
    if (reaches(num, den, candidate.minPercent) && (!band || candidate.tenths > band.tenths)) {
      band = candidate;
    }
  }
  const tenths = band?.tenths ?? 0;
  const next = lowestAbove(bands, tenths, (b) => b.minPercent);
  return { tenths, ...(band ? { band } : {}), ...(next ? { next } : {}) };
}

export interface CountOutcome {
  tenths: number;
  band?: CountBand;
  /** How many more records would raise the score, and to what. */
  next?: { more: number; tenths: number };
}

export function scoreCount(count: number, scoring: CountScoring): CountOutcome {
  if (scoring.mode === 'each') {
    const tenths = Math.min(count * scoring.eachTenths, scoring.capTenths);
    if (tenths >= scoring.capTenths) return { tenths };
    const more = Math.ceil((scoring.capTenths - tenths) / scoring.eachTenths);
    return { tenths, next: { more, tenths: scoring.capTenths } };
  }
  let band: CountBand | undefined;
  for (const candidate of scoring.bands) {
    if (count >= candidate.min && (!band || candidate.tenths > band.tenths)) band = candidate;
  }
  const tenths = band?.tenths ?? 0;
  const next = lowestAbove(scoring.bands, tenths, (b) => b.min);
  return {
    tenths,
    ...(band ? { band } : {}),
    ...(next ? { next: { more: next.min - count, tenths: next.tenths } } : {}),
  };
}

/** The band paying more than `tenths` with the lowest threshold (the nearest step up). */
function lowestAbove<B extends { tenths: number }>(
  bands: readonly B[],
  tenths: number,
  threshold: (band: B) => number,
): B | undefined {
  let best: B | undefined;
  for (const band of bands) {
    if (band.tenths <= tenths) continue;
    if (!best || threshold(band) < threshold(best)) best = band;
  }
  return best;
}

export function maxBandTenths(bands: readonly { tenths: number }[]): number {
  return bands.reduce((max, band) => Math.max(max, band.tenths), 0);
}

export function countScoringMax(scoring: CountScoring): number {
  return scoring.mode === 'each' ? scoring.capTenths : maxBandTenths(scoring.bands);
}

/** `YYYY-MM-DD` moved by whole years (29 Feb → 28 Feb in a common year). */
export function shiftYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  let rest = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (rest === '-02-29' && !leap) rest = '-02-28';
  return `${String(year).padStart(4, '0')}${rest}`;
}
