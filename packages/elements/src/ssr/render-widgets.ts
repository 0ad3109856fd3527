import { createBaseClient, type ClientOptions } from "@chanjiao/sdk";
import { render } from "@lit-labs/ssr";
import { collectResult } from "@lit-labs/ssr/lib/render-result.js";
import { html } from "lit";
import "../define.js";
import { CjDataElement } from "../shared/data-element.js";
import { loadPublishers } from "../shared/publisher-names.js";
import { answersScript, recordingFetch, type RecordedAnswers } from "./recorded-answers.js";
import { widgetRegions } from "./widget-regions.js";
import { widgetRenderer } from "./widget-renderer.js";

/** Where the server reads the widgets' data: the options of the SDK's `createClient`. */
export type ServerRenderOptions = ClientOptions;

function isWidget(tag: string): boolean {
  return customElements.get(tag)?.prototype instanceof CjDataElement;
}

// Lit's marks for its own hydration: the widgets draw themselves anew over the server's drawing.
const hydrationMarks = /<!--lit-part[^>]*-->|<!--\/lit-part-->|<!--lit-node \d+-->|<\?lit\$\d+\$>| defer-hydration/g;

/** `markup` as Lit's server renderer draws it, as one template without expressions. */
async function renderMarkup(markup: string, client: Parameters<typeof widgetRenderer>[0], langs: Array<string | null>): Promise<string> {
  const strings = Object.assign([markup], { raw: [markup] }) as unknown as TemplateStringsArray;
  const drawn = await collectResult(render(html(strings), { elementRenderers: [widgetRenderer(client, langs)] }));
  return drawn.replace(hydrationMarks, "");
}

/**
 * Draws every Chanjiao widget in `page` (a whole document or a fragment) on the server, with its
 * data, into a declarative shadow root, and returns the page otherwise unchanged. The API answers
 * the widgets read travel in the page (one `<script type="application/json">`, before `</body>`
 * or at the end): in the browser, the widgets of a `<cj-provider>` of the same API take them
 * instead of asking again, and replace the server's drawing with the same one, with nothing
 * flashing in between. A browser without JavaScript, and a search engine, read the server's.
 *
 * The drawing carries the widgets' styles in `<style>` elements, so a page with a
 * Content-Security-Policy needs `style-src 'unsafe-inline'` (or the styles' hashes) to show it.
 *
 * @example
 * const page = await renderWidgets(`<cj-provider base-url="/v1"><cj-programme-list school-id="szpu"></cj-programme-list></cj-provider>`, { baseUrl: "https://data.example.org/v1" });
 */
export async function renderWidgets(page: string, options: ServerRenderOptions): Promise<string> {
  const answers: RecordedAnswers = {};
  const client = createBaseClient({ ...options, fetch: recordingFetch(options.baseUrl, options.fetch ?? globalThis.fetch, answers) });
  // A server has no bytes to save: its drawing names every citation text's links at once.
  await loadPublishers();
  let rendered = "";
  let from = 0;
  // One region at a time: the widgets of one draw while the next waits, so the API sees few requests at once.
  for (const region of widgetRegions(page, isWidget, (tag) => tag === "cj-provider")) {
    rendered += page.slice(from, region.start) + (await renderMarkup(page.slice(region.start, region.end), client, region.langs));
    from = region.end;
  }
  rendered += page.slice(from);
  if (Object.keys(answers).length === 0) return rendered;
  const bodyEnd = rendered.toLowerCase().lastIndexOf("</body>");
  const script = answersScript(answers);
  return bodyEnd < 0 ? rendered + script : rendered.slice(0, bodyEnd) + script + rendered.slice(bodyEnd);
}
