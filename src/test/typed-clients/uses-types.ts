// Compiled with tsc --strict against the generated types: a scalar typed `any` or `unknown`,
// or mapped to the wrong TypeScript type, does not compile.
import type { TypedScalarsQuery, TypedScalarsQueryVariables } from './generated/graphql';

export const variables: TypedScalarsQueryVariables = { from: '2025-01-01', first: 10 };

export function summary(data: TypedScalarsQuery): string {
  const total: number = data.events.totalCount;
  const dates: Array<string | null | undefined> = data.events.edges.map((edge) => edge.node.date);
  const counts: Array<number | null | undefined> = data.events.edges.map((edge) => edge.node.count);
  const iso2: string | undefined = data.country?.iso2;
  const wikidata: string | null | undefined = data.country?.wikidataUrl;
  const externalIds: Record<string, unknown> | undefined = data.country?.externalIds;
  const publishedOn: string | null | undefined = data.source?.publishedOn;
  const language: string | undefined = data.source?.language;
  const loadedAt: string | null | undefined = data.stats.loadedAt;
  return [total, dates.join(), counts.join(), iso2, wikidata, Object.keys(externalIds ?? {}).length, publishedOn,
    language, loadedAt].join(' ');
}
