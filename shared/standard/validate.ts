import type { z } from 'zod';
import { pointsText } from '../assessment/arith';
import { canonicalHash } from '../format/canonical-json';
import { t } from '../i18n';
import type { Standard, StandardContent } from './model';
import { ruleMaxTenths } from './rule-max';
import { GATE_KINDS, RULE_KINDS, standardSchema } from './schema';

/**
 * Checks a standard file before it may score anything: its shape (schema.ts), then what a shape
 * cannot say — unique ids, references, points adding up to each area and to the total, rules
 * that cannot propose more than their item is worth, and the stated hash. Every refusal names
 * the place and the numbers, in Chinese, for the clerk to pass on to whoever wrote the file.
 */

export type StandardValidation =
  { ok: true; standard: Standard } | { ok: false; message: string; problems: string[] };

/** SHA-256 of the RFC 8785 form of the standard without its `contentHash`. */
export function standardHash(content: StandardContent): string {
  const { contentHash: _ignored, ...rest } = content;
  void _ignored;
  return canonicalHash(rest);
}

/** Parses the text of a standard file (UTF-8 JSON) and validates it. */
export function parseStandardFile(text: string): StandardValidation {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse([t('assessment.standard.notJson', { reason })]);
  }
  return validateStandard(value);
}

export function validateStandard(value: unknown): StandardValidation {
  const parsed = standardSchema.safeParse(value);
  if (!parsed.success) {
    return refuse(parsed.error.issues.map((issue) => describeIssue(issue, value)));
  }
  const content = parsed.data;
  const problems = crossCheck(content);
  if (problems.length > 0) return refuse(problems);
  const hash = standardHash(content);
  if (content.contentHash !== undefined && content.contentHash !== hash) {
    return refuse([
      t('assessment.standard.hashMismatch', {
        stated: content.contentHash.slice(0, 12),
        actual: hash.slice(0, 12),
      }),
    ]);
  }
  return { ok: true, standard: { ...content, contentHash: hash } };
}

function refuse(problems: string[]): StandardValidation {
  const first = problems[0] ?? t('assessment.standard.badFormat');
  const more =
    problems.length > 1
      ? t('assessment.standard.moreProblems', { count: problems.length - 1 })
      : '';
  return {
    ok: false,
    message: t('assessment.standard.refused', { reason: first + more }),
    problems,
  };
}

function crossCheck(content: StandardContent): string[] {
  const problems: string[] = [];
  const duplicates = (what: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(t('assessment.standard.duplicateId', { what, id }));
      seen.add(id);
    }
  };
  duplicates(
    t('assessment.standard.what.area'),
    content.areas.map((a) => a.id),
  );
  duplicates(
    t('assessment.standard.what.item'),
    content.items.map((i) => i.id),
  );
  duplicates(
    t('assessment.standard.what.gate'),
    content.gates.map((g) => g.id),
  );
  duplicates(
    t('assessment.standard.what.band'),
    content.bands.map((b) => b.id),
  );
  duplicates(
    t('assessment.standard.what.surveyItem'),
    (content.surveyItems ?? []).map((s) => s.id),
  );

  const areaIds = new Set(content.areas.map((a) => a.id));
  const gateIds = new Set(content.gates.map((g) => g.id));
  for (const item of content.items) {
    if (!areaIds.has(item.area)) {
      problems.push(t('assessment.standard.unknownArea', { item: item.id, area: item.area }));
    }
    for (const gate of item.gate ?? []) {
      if (!gateIds.has(gate)) {
        problems.push(
          t('assessment.standard.unknownGate', {
            where: t('assessment.standard.whereItem', { item: item.id }),
            gate,
          }),
        );
      }
    }
    const max = ruleMaxTenths(item.rule, item.pointsTenths);
    if (max > item.pointsTenths) {
      problems.push(
        t('assessment.standard.ruleMax', {
          item: item.id,
          max: pointsText(max),
          points: pointsText(item.pointsTenths),
        }),
      );
    }
  }
  for (const band of content.bands) {
    for (const gate of band.requiredGates) {
      if (!gateIds.has(gate)) {
        problems.push(
          t('assessment.standard.unknownGate', {
            where: t('assessment.standard.whereBand', { band: band.label }),
            gate,
          }),
        );
      }
    }
    if (band.minTotalTenths > content.totalTenths) {
      problems.push(
        t('assessment.standard.bandAboveTotal', {
          band: band.label,
          min: pointsText(band.minTotalTenths),
          total: pointsText(content.totalTenths),
        }),
      );
    }
  }

  for (const area of content.areas) {
    const sum = content.items
      .filter((item) => item.area === area.id)
      .reduce((total, item) => total + item.pointsTenths, 0);
    if (sum !== area.pointsTenths) {
      problems.push(
        t('assessment.standard.areaSum', {
          area: `${area.id} ${area.label}`,
          sum: pointsText(sum),
          points: pointsText(area.pointsTenths),
        }),
      );
    }
  }
  const areasTotal = content.areas.reduce((total, area) => total + area.pointsTenths, 0);
  if (areasTotal !== content.totalTenths) {
    problems.push(
      t('assessment.standard.totalSum', {
        sum: pointsText(areasTotal),
        total: pointsText(content.totalTenths),
      }),
    );
  }
  return problems;
}

type Issue = z.core.$ZodIssue;

/** A zod issue as "评分项 1.3（items[2]）.rule.kind：未知的评分规则类型…". */
function describeIssue(issue: Issue, input: unknown): string {
  return t('assessment.standard.at', {
    path: pathText(issue.path, input),
    problem: problemText(issue, valueAt(input, issue.path)),
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function pathText(path: readonly PropertyKey[], input: unknown): string {
  if (path.length === 0) return t('assessment.standard.wholeFile');
  let text = '';
  path.forEach((key, index) => {
    if (typeof key === 'number') {
      text += `[${key}]`;
      // Items, areas, gates and bands are easier to find by their id than by position.
      const id = index === 1 ? valueAt(input, [...path.slice(0, 2), 'id']) : undefined;
      if (typeof id === 'string' && id !== '') text += `（${id}）`;
    } else {
      text += (text === '' ? '' : '.') + String(key);
    }
  });
  return text;
}

function problemText(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return t('assessment.standard.missingField');
      if (issue.expected === 'int') return t('assessment.standard.notInteger');
      return t('assessment.standard.expected', { type: typeName(issue.expected) });
    case 'too_small':
      if (issue.origin === 'string') return t('assessment.standard.empty');
      if (issue.origin === 'array') {
        return t('assessment.standard.tooFewItems', { min: String(issue.minimum) });
      }
      return t('assessment.standard.tooSmall', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') {
        return t('assessment.standard.tooLong', { max: String(issue.maximum) });
      }
      if (issue.origin === 'array') {
        return t('assessment.standard.tooManyItems', { max: String(issue.maximum) });
      }
      return t('assessment.standard.tooLarge', { max: String(issue.maximum) });
    case 'invalid_value':
      return t('assessment.standard.oneOf', { values: issue.values.map(String).join('、') });
    case 'unrecognized_keys':
      return t('assessment.standard.unknownKeys', { keys: issue.keys.join('、') });
    case 'invalid_union':
      return unionText(issue, value);
    case 'invalid_format':
      return t('assessment.standard.badId');
    case 'custom':
      return issue.message;
    default:
      return t('assessment.standard.badFormat');
  }
}

function unionText(issue: Issue & { code: 'invalid_union' }, value: unknown): string {
  const discriminator = 'discriminator' in issue ? issue.discriminator : undefined;
  const shown = typeof value === 'string' ? value : JSON.stringify(value ?? null);
  if (discriminator === 'kind') {
    // A rule and a gate condition share the key; the known kinds tell which one it was.
    const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : [];
    const known = options.some((o) => o === 'declaration') ? GATE_KINDS : RULE_KINDS;
    return t(
      known === GATE_KINDS
        ? 'assessment.standard.unknownGateKind'
        : 'assessment.standard.unknownRuleKind',
      { kind: shown, known: known.join('、') },
    );
  }
  if (discriminator === 'mode') return t('assessment.standard.unknownScoring', { mode: shown });
  return t('assessment.standard.badFormat');
}

function typeName(expected: string): string {
  switch (expected) {
    case 'string':
      return t('assessment.standard.type.string');
    case 'number':
      return t('assessment.standard.type.number');
    case 'boolean':
      return t('assessment.standard.type.boolean');
    case 'array':
      return t('assessment.standard.type.array');
    case 'object':
      return t('assessment.standard.type.object');
    default:
      return expected;
  }
}
