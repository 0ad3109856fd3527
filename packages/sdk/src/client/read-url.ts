import { normaliseBaseUrl } from "./base-url.js";

/** The media types a client accepts: the API's JSON, and its problem details on failure. */
export const ACCEPT_HEADER = "application/json, application/problem+json";

/**
 * The URL a client reads `path` at, under the API root `baseUrl`, with `query`: what a client made
 * with that `baseUrl` fetches (from a live API; a static export's file names differ).
 *
 * @example
 * readUrl("https://data.example.org/v1/", talentGaps.path, new URLSearchParams({ groupBy: "industry" }));
 * // "https://data.example.org/v1/talent/gaps?groupBy=industry"
 *
 * @throws TypeError when `baseUrl` is not an absolute http(s) URL, as createClient does.
 */
export function readUrl(baseUrl: string, path: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return `${normaliseBaseUrl(baseUrl)}/${path}${search ? `?${search}` : ""}`;
}
