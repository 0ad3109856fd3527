import type { ChanjiaoClient, CollectionName, Session } from "@chanjiao/sdk";
import { currentLang } from "../i18n/language.js";

/** Where the key is kept: this tab's session storage only, so it is gone when the tab closes. */
const storageKey = "chanjiao-console-key";

/** A signed-in key: the client that sends it, and who it is. */
export interface SignedIn {
  client: ChanjiaoClient;
  session: Session;
  /** The collections the key may write, by their key in the SDK's table and their path, in the navigation's order. */
  collections: Array<{ name: CollectionName; path: string }>;
}

/** The navigation's order: what a school office, an enterprise or a consortium office keeps most comes first; reference data last. */
const navigationOrder: readonly CollectionName[] = [
  "programmes",
  "talentDemand",
  "schools",
  "organisations",
  "consortia",
  "practiceCentres",
  "servicePlatforms",
  "parks",
  "talentSupply",
  "provincialLists",
  "pathways",
  "cooperationProjects",
  "events",
  "majors",
  "majorCategories",
  "regions",
];

/** Why a sign-in failed, as the sign-in view words it. */
export type SignInFault = "badKey" | "unknownKey" | "tooMany" | "offline";

/** The key of this tab, if one was signed in. */
export function storedKey(): string | null {
  return sessionStorage.getItem(storageKey);
}

/** Forgets the key of this tab. */
export function forgetKey(): void {
  sessionStorage.removeItem(storageKey);
}

/** The API on the console's own origin: the console is served at `/console/`, the API at `/v1`. */
function apiRoot(): string {
  return new URL("../v1", document.baseURI).href;
}

/**
 * Signs a key in: asks the server who it is and keeps it for this tab. The SDK is loaded here,
 * not with the sign-in view, so that the first view stays small.
 */
export async function signIn(apiKey: string): Promise<SignedIn | SignInFault> {
  const key = apiKey.trim();
  if (!/^cjk_[A-Za-z0-9_-]+$/.test(key)) return "badKey";
  const { createClient, collections, HttpError } = await import("@chanjiao/sdk");
  // Public reads may be kept by the browser for a minute; a keeper must see what is stored now, so
  // every read is revalidated (a 304 when nothing changed). The server words its problems in the
  // language asked for: the page's, which may differ from the browser's.
  const client = createClient({ baseUrl: apiRoot(), apiKey: key, retry: 0, fetch: (input, init) => fetch(input, { ...init, headers: inPageLanguage(init?.headers), cache: "no-cache" }) });
  try {
    const session = await client.me();
    sessionStorage.setItem(storageKey, key);
    const writable = navigationOrder.filter((name) => session.writes.includes(collections[name].path));
    return { client, session, collections: writable.map((name) => ({ name, path: collections[name].path })) };
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) return "unknownKey";
    if (error instanceof HttpError && error.status === 429) return "tooMany";
    return "offline";
  }
}

function inPageLanguage(given: HeadersInit | undefined): Headers {
  const headers = new Headers(given);
  headers.set("Accept-Language", currentLang());
  return headers;
}
