import type { AreaId } from './areas';

/**
 * The tags of agenda items and ledger entries that the self-assessment standard counts as
 * evidence (standard-draft.md: "M tag `会务公开`" …). A tag is stored as its Chinese text, which
 * is also what a federation's standard refers to, so the text is the id and never changes.
 * Users may add their own tags; these are the ones offered first.
 */
export interface TagDef {
  readonly tag: string;
  /** The campaign area the tag is evidence for, to suggest it where that area is chosen. */
  readonly area: AreaId;
}

export const STANDARD_TAGS = [
  { tag: '工作报告', area: 'area1' },
  { tag: '经费报告', area: 'area1' },
  { tag: '选举', area: 'area1' },
  { tag: '会务公开', area: 'area1' },
  { tag: '经费审查', area: 'area1' },
  { tag: '职工之家', area: 'area1' },
  { tag: '阵地建设', area: 'area1' },
  { tag: '入会', area: 'area2' },
  { tag: '农民工关爱', area: 'area2' },
  { tag: '教育', area: 'area3' },
  { tag: '培训', area: 'area3' },
  { tag: '书屋', area: 'area3' },
  { tag: '文体', area: 'area3' },
  { tag: '劳动竞赛', area: 'area4' },
  { tag: '合理化建议', area: 'area4' },
  { tag: '劳模', area: 'area4' },
  { tag: '工匠', area: 'area4' },
  { tag: '集体协商', area: 'area5' },
  { tag: '集体合同', area: 'area5' },
  { tag: '维权', area: 'area5' },
  { tag: '厂务公开', area: 'area5' },
  { tag: '劳动保护', area: 'area5' },
  { tag: '女职工', area: 'area5' },
  { tag: '劳动争议调解', area: 'area5' },
  { tag: '送温暖', area: 'area6' },
  { tag: '办实事', area: 'area6' },
  { tag: '服务站', area: 'area6' },
  { tag: '互助保障', area: 'area6' },
  { tag: '普惠服务', area: 'area6' },
  { tag: '述职', area: 'area7' },
] as const satisfies readonly TagDef[];

export const STANDARD_TAG_TEXTS: readonly string[] = STANDARD_TAGS.map((def) => def.tag);

/** Longest tag a user may type; tags are short labels, not sentences. */
export const MAX_TAG_LENGTH = 12;

/**
 * A tag as stored: trimmed, inner whitespace removed, full-width forms left alone (they are
 * Chinese text). Returns undefined for a blank or over-long tag.
 */
export function normalizeTag(value: string): string | undefined {
  const tag = value.normalize('NFC').replace(/\s+/g, '');
  if (tag === '' || [...tag].length > MAX_TAG_LENGTH) return undefined;
  return tag;
}

/** Tags without blanks or repeats, in the order given. */
export function uniqueTags(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const value of values) {
    const tag = normalizeTag(value);
    if (tag !== undefined) seen.add(tag);
  }
  return [...seen];
}
