// Finding a document or a target by the id a person typed; a miss is a usage error with a suggestion.
import { CareCheckError } from '../shared/errors.js';
import { joinList, localize } from '../i18n/index.js';
import type { Lang, PolicyDocument } from '../core/types.js';
import { COMMAND_TEXT } from '../i18n/commands.js';
import { didYouMean } from '../validate/did-you-mean.js';
import type { Entry } from './policies-describe.js';

export function findDocument(documents: readonly PolicyDocument[], id: string, lang: Lang): PolicyDocument {
  const found = documents.find((d) => d.id === id);
  if (found) return found;
  const t = localize(COMMAND_TEXT, lang);
  const known = documents.map((d) => d.id);
  const suggestion = didYouMean(id, known);
  throw new CareCheckError('usage', t.unknownDocument(id, known) + (suggestion !== null ? t.didYouMean(suggestion) : ''));
}

export interface FoundEntry {
  document: PolicyDocument;
  entry: Entry;
}

function entriesOf(document: PolicyDocument): Entry[] {
  return [...document.targets, ...document.indicators];
}

/**
 * A target or a no-rule indicator by its full id (`liuzhou-2023/facility-area-new`). A slug alone
 * is accepted when exactly one document has it.
 */
export function findEntry(documents: readonly PolicyDocument[], id: string, lang: Lang): FoundEntry {
  const all = documents.flatMap((document) => entriesOf(document).map((entry) => ({ document, entry })));
  const exact = all.find((f) => f.entry.id === id);
  if (exact) return exact;
  const bySlug = all.filter((f) => f.entry.id === `${f.document.id}/${id}`);
  if (bySlug.length === 1 && bySlug[0] !== undefined) return bySlug[0];

  const t = localize(COMMAND_TEXT, lang);
  const slugOf = (f: FoundEntry): string => f.entry.id.slice(f.document.id.length + 1);
  let message = t.unknownTarget(id);
  if (bySlug.length > 1) {
    message += t.ambiguousSlug(id, bySlug.map((f) => f.entry.id));
    throw new CareCheckError('usage', message);
  }
  const slash = id.indexOf('/');
  const near = didYouMean(id, all.map((f) => f.entry.id));
  const nearSlug = slash < 0 ? didYouMean(id, all.map(slugOf)) : null;
  const suggestions = near !== null ? [near] : all.filter((f) => slugOf(f) === nearSlug).map((f) => f.entry.id);
  if (suggestions.length > 0) {
    message += t.didYouMean(joinList(lang, suggestions));
  } else if (slash > 0) {
    const document = documents.find((d) => d.id === id.slice(0, slash));
    if (document) message += t.knownTargets(document.id, entriesOf(document).map((e) => e.id));
    else message += t.knownDocuments(documents.map((d) => d.id));
  }
  throw new CareCheckError('usage', message);
}
