import { msg, type Message } from '../i18n';
import type { Standard, StandardBand } from '../standard/model';
import { pointsText } from './arith';
import type { AssessmentFacts, EvidenceRef } from './facts';
import { evaluateCondition, type GateState } from './gates';
import { evaluateRule, itemRuleMax, type Hint, type LinkTarget } from './rules';

/**
 * The self-assessment engine: from a standard (data) and the facts of a period, a proposed score
 * for every item with the evidence it used and why, every gate's verdict, and — from the clerk's
 * final scores — the total, the self-assessed band, what caps it and what is missing. Integer
 * tenths throughout; nothing here knows the default standard.
 */

export type { GateState } from './gates';
export type { Hint, LinkTarget } from './rules';

export interface ItemScore {
  itemId: string;
  areaId: string;
  proposedTenths: number;
  maxTenths: number;
  evidence: EvidenceRef[];
  explanation: Message;
  /** What would raise the proposal (empty at full marks). */
  hints: Hint[];
}

export interface GateResult {
  gateId: string;
  state: GateState;
  message: Message;
  evidence: EvidenceRef[];
  hints: Hint[];
}

export interface AreaScore {
  areaId: string;
  proposedTenths: number;
  maxTenths: number;
}

export interface AssessmentScore {
  standardId: string;
  standardVersion: string;
  contentHash: string;
  items: ItemScore[];
  gates: GateResult[];
  areas: AreaScore[];
  proposedTotalTenths: number;
}

export function scoreAssessment(standard: Standard, facts: AssessmentFacts): AssessmentScore {
  const items = standard.items.map((item): ItemScore => {
    const outcome = evaluateRule(item.rule, facts, itemRuleMax(item.rule, item.pointsTenths));
    return {
      itemId: item.id,
      areaId: item.area,
      proposedTenths: Math.min(outcome.tenths, item.pointsTenths),
      maxTenths: item.pointsTenths,
      evidence: outcome.evidence,
      explanation: outcome.explanation,
      hints: outcome.hints,
    };
  });
  const gates = standard.gates.map((gate): GateResult => {
    const outcome = evaluateCondition(gate.condition, facts);
    return { gateId: gate.id, ...outcome };
  });
  const areas = areaTotals(
    standard,
    (itemId) => items.find((i) => i.itemId === itemId)?.proposedTenths ?? 0,
  );
  return {
    standardId: standard.id,
    standardVersion: standard.version,
    contentHash: standard.contentHash,
    items,
    gates,
    areas,
    proposedTotalTenths: areas.reduce((sum, area) => sum + area.proposedTenths, 0),
  };
}

function areaTotals(standard: Standard, scoreOf: (itemId: string) => number): AreaScore[] {
  return standard.areas.map((area) => {
    const inArea = standard.items.filter((item) => item.area === area.id);
    return {
      areaId: area.id,
      proposedTenths: inArea.reduce((sum, item) => sum + scoreOf(item.id), 0),
      maxTenths: area.pointsTenths,
    };
  });
}

/** The clerk's decisions: final item scores and gate states where they differ from the proposal. */
export interface FinalScores {
  items?: Readonly<Record<string, number>>;
  /** E.g. G5 'pass' once the chair's declaration is signed. */
  gates?: Readonly<Record<string, GateState>>;
}

export interface BandCap {
  kind: 'total' | 'gate';
  /** The bands this reason keeps out of reach. */
  bandIds: string[];
  gateId?: string;
  message: Message;
}

export interface MissingEntry {
  kind: 'item' | 'gate';
  /** Item or gate id. */
  id: string;
  message: Message;
  link?: LinkTarget;
  gainTenths?: number;
}

export interface BandResult {
  totalTenths: number;
  areas: AreaScore[];
  /** The highest band reached, or null (不合格 / below every band). */
  band: string | null;
  /** The lowest band above the one reached, or null at the top. */
  nextBand: string | null;
  cappedBy: BandCap[];
  /** "还差什么": failing gates first, then items below their maximum, in the standard's order. */
  missing: MissingEntry[];
}

/**
 * The total and band from the final scores (proposals where the clerk changed nothing). A score
 * outside 0…max or not an integer is a programming error in the caller and throws.
 */
export function assessBand(
  standard: Standard,
  score: AssessmentScore,
  final: FinalScores = {},
): BandResult {
  const scoreOf = (itemId: string): number => {
    const item = standard.items.find((i) => i.id === itemId);
    const proposed = score.items.find((i) => i.itemId === itemId)?.proposedTenths ?? 0;
    const value = final.items?.[itemId] ?? proposed;
    if (!item || !Number.isInteger(value) || value < 0 || value > item.pointsTenths) {
      throw new RangeError(`score of item ${itemId} out of range: ${value}`);
    }
    return value;
  };
  const gateState = (gateId: string): GateState =>
    final.gates?.[gateId] ?? score.gates.find((g) => g.gateId === gateId)?.state ?? 'unknown';

  const areas = areaTotals(standard, scoreOf);
  const totalTenths = areas.reduce((sum, area) => sum + area.proposedTenths, 0);
  const bands = [...standard.bands].sort((a, b) => a.minTotalTenths - b.minTotalTenths);
  const reached = (band: StandardBand) =>
    totalTenths >= band.minTotalTenths && band.requiredGates.every((g) => gateState(g) === 'pass');

  let bandIndex = -1;
  bands.forEach((band, index) => {
    if (reached(band)) bandIndex = index;
  });
  const band = bands[bandIndex] ?? null;
  const next = bands[bandIndex + 1] ?? null;
  const above = bands.slice(bandIndex + 1);

  const cappedBy: BandCap[] = [];
  const gateIds = [...new Set(above.flatMap((b) => b.requiredGates))];
  for (const gateId of gateIds) {
    const state = gateState(gateId);
    if (state === 'pass') continue;
    const blocked = above.filter((b) => b.requiredGates.includes(gateId));
    const gate = standard.gates.find((g) => g.id === gateId);
    cappedBy.push({
      kind: 'gate',
      bandIds: blocked.map((b) => b.id),
      gateId,
      message: msg(state === 'fail' ? 'assessment.cap.gateFailed' : 'assessment.cap.gateUnknown', {
        gate: gate ? `${gate.id} ${gate.label}` : gateId,
        bands: blocked.map((b) => `“${b.label}”`).join('、'),
      }),
    });
  }
  if (next && totalTenths < next.minTotalTenths) {
    cappedBy.unshift({
      kind: 'total',
      bandIds: [next.id],
      message: msg('assessment.cap.total', {
        total: pointsText(totalTenths),
        band: next.label,
        min: pointsText(next.minTotalTenths),
        short: pointsText(next.minTotalTenths - totalTenths),
      }),
    });
  }

  const missing: MissingEntry[] = [];
  for (const gate of score.gates) {
    if (gateState(gate.gateId) === 'pass') continue;
    const hints = gate.hints.length > 0 ? gate.hints : [{ message: gate.message }];
    for (const hint of hints) missing.push({ kind: 'gate', id: gate.gateId, ...hint });
  }
  for (const item of score.items) {
    const final = scoreOf(item.itemId);
    if (final >= item.maxTenths) continue;
    const useful = item.hints.filter((h) => h.gainTenths === undefined || h.gainTenths > 0);
    if (final < item.proposedTenths || useful.length === 0) {
      missing.push({
        kind: 'item',
        id: item.itemId,
        message: msg('assessment.missing.belowMax', {
          score: pointsText(final),
          max: pointsText(item.maxTenths),
        }),
        gainTenths: item.maxTenths - final,
      });
      if (final < item.proposedTenths) continue;
    }
    for (const hint of useful) missing.push({ kind: 'item', id: item.itemId, ...hint });
  }

  return {
    totalTenths,
    areas,
    band: band?.id ?? null,
    nextBand: next?.id ?? null,
    cappedBy,
    missing,
  };
}
