import { withoutTrailingSlashes } from "@chanjiao/sdk";

/**
 * The API answers a server rendering carries in the page (see `@chanjiao/elements/ssr`): one
 * `<script type="application/json" data-cj-answers>` per rendering, mapping each GET it made,
 * relative to the API root, to its answer. The widgets it drew then load from them, without a
 * request, and draw what the server drew.
 */
export interface PageAnswer {
  status: number;
  contentType: string;
  /** The answer's JSON, parsed, so that the page does not carry it escaped as a string. */
  body: unknown;
}

/** The attribute that marks the script holding the answers. */
export const answersAttribute = "data-cj-answers";

/** The answers of each script, read once. */
const parsed = new WeakMap<Element, Record<string, PageAnswer>>();

/**
 * `fetch`, answering a GET under `baseUrl` from the scripts the page holds when the request is
 * made, when one carries its answer. A script damaged on the way only costs the requests it would
 * have saved.
 */
export function withPageAnswers(baseUrl: string, fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  const root = `${withoutTrailingSlashes(baseUrl)}/`;
  return (input, init) => {
    const request = new Request(input, init);
    const path = request.url.slice(root.length);
    if (request.method === "GET" && request.url.startsWith(root)) {
      for (const script of document.querySelectorAll(`script[${answersAttribute}]`)) {
        let answers = parsed.get(script);
        if (!answers) {
          try {
            answers = JSON.parse(script.textContent!) as Record<string, PageAnswer>;
          } catch {
            answers = {};
          }
          parsed.set(script, answers);
        }
        const answer = Object.hasOwn(answers, path) && answers[path];
        if (answer) return Promise.resolve(new Response(JSON.stringify(answer.body), { status: answer.status, headers: { "content-type": answer.contentType } }));
      }
    }
    return fetch(request);
  };
}
