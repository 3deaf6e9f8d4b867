import { pointsText } from '../../../../shared/assessment/arith';
import {
  assessBand,
  type AssessmentScore,
  type BandResult,
  type FinalScores,
  type GateState,
} from '../../../../shared/assessment/score';
import { render, t } from '../../../../shared/i18n';
import { chineseNumber } from '../../../../shared/meetings/title';
import type { Standard } from '../../../../shared/standard/model';
import { longDate } from '../../../print/page';

/**
 * What the printed 自评表 shows, as text: the clerk's scores (or the proposals where the clerk
 * has not changed an item), grouped by area with subtotals, the gates with their verdicts, the
 * total and the self-assessed band. The document only lays this out; the 考核分 columns stay
 * blank for the higher-level union's inspector.
 */

/** The clerk's current score of an item (tenths), with the note and the reason for raising it. */
export interface PrintEntry {
  scoreTenths: number;
  note: string;
  reason?: string;
}

export type GateDecisions = Readonly<Record<string, 'pass' | 'fail'>>;

export interface AssessmentPrintInput {
  unionName: string;
  year: number;
  period: { start: string; end: string };
  standard: Standard;
  score: AssessmentScore;
  entries: ReadonlyMap<string, PrintEntry>;
  gateDecisions: GateDecisions;
}

export interface PrintItemRow {
  id: string;
  title: string;
  /** "（必备条件 G1）" when the item's evidence also serves gates; else null. */
  gates: string | null;
  maxText: string;
  scoreText: string;
  /** Lines of the 说明 column. */
  note: string[];
}

export interface PrintAreaView {
  id: string;
  /** "一、依法规范建会" */
  heading: string;
  maxText: string;
  scoreText: string;
  items: PrintItemRow[];
}

export interface PrintGateRow {
  id: string;
  label: string;
  state: GateState;
  stateText: string;
  why: string;
}

export interface AssessmentPrintView {
  title: string;
  runningHead: string;
  meta: string[];
  areas: PrintAreaView[];
  totalMaxText: string;
  totalScoreText: string;
  gates: PrintGateRow[];
  bandText: string;
  /** Why the band is not higher, one line each. */
  cappedBy: string[];
  /** "合格 ≥ 70 分；先进 ≥ 80 分；…" */
  bandRules: string;
}

/** The first 16 hex digits of the standard's content hash, as printed. */
export function shortHash(hash: string): string {
  return hash.slice(0, 16);
}

/**
 * The clerk's scores as the engine takes them. An entry that is not an item of this standard or
 * lies outside 0…points (a standard changed under a saved draft) is left out: the proposal then
 * stands, rather than the whole form failing to print.
 */
export function finalScoresOf(
  standard: Standard,
  entries: ReadonlyMap<string, PrintEntry>,
  gateDecisions: GateDecisions,
): FinalScores {
  const items: Record<string, number> = {};
  for (const item of standard.items) {
    const entry = entries.get(item.id);
    if (!entry) continue;
    const value = entry.scoreTenths;
    if (Number.isInteger(value) && value >= 0 && value <= item.pointsTenths) items[item.id] = value;
  }
  const gates: Record<string, GateState> = {};
  for (const gate of standard.gates) {
    const decision = gateDecisions[gate.id];
    if (decision) gates[gate.id] = decision;
  }
  return { items, gates };
}

/** The band's label for people: the standard's own label, or 未达到合格. */
export function bandLabel(standard: Standard, band: string | null): string {
  if (band === null) return t('assessment.band.none');
  return standard.bands.find((b) => b.id === band)?.label ?? band;
}

export function gateStateText(state: GateState): string {
  return t(`assessmentPrint.gate.${state}`);
}

function itemNote(
  entry: PrintEntry | undefined,
  finalTenths: number,
  proposedTenths: number,
  explanation: string,
): string[] {
  const lines: string[] = [];
  const note = entry?.note.trim() ?? '';
  lines.push(
    ...(note ? note.split(/\r?\n/).filter((line) => line.trim() !== '') : []),
    ...(note ? [] : [t('assessmentPrint.note.auto', { text: explanation })]),
  );
  const reason = entry?.reason?.trim();
  if (finalTenths > proposedTenths && reason) {
    lines.push(t('assessmentPrint.note.reason', { proposed: pointsText(proposedTenths), reason }));
  }
  return lines;
}

export function assessmentPrintView(input: AssessmentPrintInput): AssessmentPrintView {
  const { standard, score, entries, year, unionName } = input;
  const final = finalScoresOf(standard, entries, input.gateDecisions);
  const result: BandResult = assessBand(standard, score, final);
  const scoreOf = (itemId: string, proposed: number) => final.items?.[itemId] ?? proposed;

  const areas = standard.areas.map((area, index): PrintAreaView => {
    const items = standard.items
      .filter((item) => item.area === area.id)
      .map((item): PrintItemRow => {
        const proposal = score.items.find((i) => i.itemId === item.id);
        const proposed = proposal?.proposedTenths ?? 0;
        const value = scoreOf(item.id, proposed);
        return {
          id: item.id,
          title: item.title,
          gates: item.gate?.length
            ? t('assessmentPrint.item.gates', { gates: item.gate.join('、') })
            : null,
          maxText: pointsText(item.pointsTenths),
          scoreText: pointsText(value),
          note: itemNote(
            entries.get(item.id),
            value,
            proposed,
            proposal ? render(proposal.explanation) : '',
          ),
        };
      });
    const subtotal = result.areas.find((a) => a.areaId === area.id)?.proposedTenths ?? 0;
    return {
      id: area.id,
      heading: t('assessmentPrint.area', { number: chineseNumber(index + 1), label: area.label }),
      maxText: pointsText(area.pointsTenths),
      scoreText: pointsText(subtotal),
      items,
    };
  });

  const gates = standard.gates.map((gate): PrintGateRow => {
    const computed = score.gates.find((g) => g.gateId === gate.id);
    const why = computed ? render(computed.message) : (gate.description ?? '');
    const decision = input.gateDecisions[gate.id];
    const state: GateState = decision ?? computed?.state ?? 'unknown';
    return {
      id: gate.id,
      label: gate.label,
      state,
      stateText: gateStateText(state),
      why: decision ? t('assessmentPrint.gate.decided', { state: gateStateText(state), why }) : why,
    };
  });

  const meta = [
    t('assessmentPrint.meta.standard', { name: standard.name, version: standard.version }),
    ...(standard.issuer ? [t('assessmentPrint.meta.issuer', { issuer: standard.issuer })] : []),
    t('assessmentPrint.meta.hash', { hash: shortHash(standard.contentHash) }),
    t('assessmentPrint.meta.period', {
      start: longDate(input.period.start),
      end: longDate(input.period.end),
    }),
  ];

  return {
    title: t('assessmentPrint.title', { union: unionName, year }),
    runningHead: t('assessmentPrint.runningHead', { union: unionName, year }),
    meta,
    areas,
    totalMaxText: pointsText(standard.totalTenths),
    totalScoreText: pointsText(result.totalTenths),
    gates,
    bandText: bandLabel(standard, result.band),
    cappedBy: result.cappedBy.map((cap) => render(cap.message)),
    bandRules: t('assessmentPrint.result.bands', {
      bands: [...standard.bands]
        .sort((a, b) => a.minTotalTenths - b.minTotalTenths)
        .map((band) => {
          const label = band.label;
          const min = pointsText(band.minTotalTenths);
          return band.requiredGates.length
            ? t('assessmentPrint.result.bandRuleGates', {
                label,
                min,
                gates: band.requiredGates.join('、'),
              })
            : t('assessmentPrint.result.bandRule', { label, min });
        })
        .join('；'),
    }),
  };
}
