import type { Hono } from "hono";
import type { AnswerCache } from "../http/answer-cache.js";
import { type AppEnv, readCacheControl } from "../http/env.js";
import { problemResponse } from "../http/problem.js";

/** The route of one widget's server-drawn HTML, under the API root. */
export const fragmentPath = "/v1/fragments/:tag";

/** Where the widgets drawn here read their data: this app, in the same process, at the request's API root. */
interface ReadingOptions {
  baseUrl: string;
  fetch: typeof fetch;
}

/** What the server uses of `@chanjiao/elements/ssr` (see `renderFragment` and `renderWidgets` there). */
interface WidgetsOnServer {
  renderFragment(tag: string, attributes: Iterable<[string, string]>, options: ReadingOptions & { apiRoot: string }): Promise<string>;
  renderWidgets(page: string, options: ReadingOptions & { static?: boolean }): Promise<string>;
  FragmentError: abstract new (...args: never[]) => Error & { status: 400 | 404; attribute: string | undefined };
}

// Named at run time: the widgets are a browser package, whose types (DOM) the server does not
// compile against; loaded on the first fragment asked for.
const widgetsEntry = "@chanjiao/elements/ssr";
let widgets: Promise<WidgetsOnServer | undefined> | undefined;
const loadWidgets = () => (widgets ??= (import(widgetsEntry) as Promise<WidgetsOnServer>).catch(() => undefined));

/** How the widgets drawn for `requestUrl` read their data: from `app` directly, without a connection. */
function readingFrom(app: Hono<AppEnv>, requestUrl: string): ReadingOptions {
  return { baseUrl: `${new URL(requestUrl).origin}/v1`, fetch: async (input, init) => app.fetch(new Request(input, init)) };
}

/** `page` with its widgets drawn with what `reading` reads, or as it is when the widgets cannot be loaded. */
export async function drawWidgets(page: string, reading: ReadingOptions & { static?: boolean }): Promise<string> {
  const loaded = await loadWidgets();
  return loaded ? loaded.renderWidgets(page, reading) : page;
}

/** `page` with its widgets drawn with the data of `app` (see a static mount's `serverRendered`). */
export function drawWidgetsOfPage(app: Hono<AppEnv>, page: string, requestUrl: string): Promise<string> {
  return drawWidgets(page, readingFrom(app, requestUrl));
}

/**
 * `GET /v1/fragments/{tag}?{attributes}`: the HTML of one widget drawn with its data, for a CMS
 * to include in its pages: the widget inside a `<cj-provider>` of this API, in a declarative
 * shadow root, and the answers it read, so that the browser takes it over without asking again.
 * The widget reads its data from this app directly, through the answers kept by data version, and
 * the fragment is itself kept by data version and the API root it names.
 */
export function registerFragmentRoute(app: Hono<AppEnv>, answers: AnswerCache): void {
  app.get(fragmentPath, answers.forFragment(), async (c) => {
    const loaded = await loadWidgets();
    if (!loaded) return problemResponse(c, 503, "The widgets (@chanjiao/elements) could not be loaded to draw fragments.");
    const url = new URL(c.req.url);
    try {
      const html = await loaded.renderFragment(c.req.param("tag"), url.searchParams, { ...readingFrom(app, c.req.url), apiRoot: `${url.origin}/v1` });
      return c.body(html, 200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": readCacheControl });
    } catch (error) {
      if (!(error instanceof loaded.FragmentError)) throw error;
      const errors = error.attribute === undefined ? undefined : [{ path: error.attribute, message: error.message }];
      return problemResponse(c, error.status, error.message, errors);
    }
  });
}
