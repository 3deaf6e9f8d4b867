import { STANDARD_TAGS } from '../campaign/tags';

/**
 * The standard tags offered in the ledger form: those of the chosen areas first (the evidence
 * those areas are scored on), then the rest, then the union's own tags already in use.
 */
export function tagChoices(areas: readonly string[], usedTags: readonly string[] = []): string[] {
  const chosen = new Set(areas);
  const first = STANDARD_TAGS.filter((def) => chosen.has(def.area)).map((def) => def.tag);
  const rest = STANDARD_TAGS.filter((def) => !chosen.has(def.area)).map((def) => def.tag);
  return [...new Set([...first, ...rest, ...usedTags])];
}
