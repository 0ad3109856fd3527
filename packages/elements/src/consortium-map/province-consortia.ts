import { type BaseClient, consortia, type Industry } from "@chanjiao/sdk";
import type { MapKind } from "./messages.js";

/**
 * The consortia of the province drilled into. Loaded on the first drill, so that a page showing
 * the country never fetches the schemas of consortium records, nor those the other measures share with them.
 */
export function provinceConsortia(client: BaseClient, region: string, kind: MapKind, industry: Industry | undefined, signal: AbortSignal) {
  return client.collection(consortia).list({ region, kind: kind === "all" ? undefined : kind, industry, limit: 200 }, { signal });
}
