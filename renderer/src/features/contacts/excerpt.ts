import { MATCH_END, MATCH_START } from '../../../../shared/ipc/caseload-contract';

/** One stretch of a search excerpt: matched words are highlighted, the rest is plain text. */
export interface ExcerptPart {
  text: string;
  matched: boolean;
}

/**
 * Splits contacts.search's excerpt (matched words between MATCH_START and MATCH_END) into parts,
 * so the matched words can be put in <mark> as text: the excerpt is never treated as markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, 'g');
  let from = 0;
  for (let match = pattern.exec(excerpt); match !== null; match = pattern.exec(excerpt)) {
    if (match.index > from) parts.push({ text: excerpt.slice(from, match.index), matched: false });
    if (match[1]) parts.push({ text: match[1], matched: true });
    from = match.index + match[0].length;
  }
  if (from < excerpt.length) parts.push({ text: excerpt.slice(from), matched: false });
  return parts;
}
