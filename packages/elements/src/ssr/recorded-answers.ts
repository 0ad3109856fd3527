import { withoutTrailingSlashes } from "@chanjiao/sdk";
import { answersAttribute, type PageAnswer } from "../shared/page-answers.js";

/** The API answers a server rendering read, by path relative to the API root. */
export type RecordedAnswers = Record<string, PageAnswer>;

/**
 * `fetch`, keeping each answer to a GET under `baseUrl` in `answers`: what the widgets read, to
 * travel in the page. Failures the page would meet again (4xx) are kept too, so a widget the server
 * drew in its error state does not ask again either.
 */
export function recordingFetch(baseUrl: string, fetch: typeof globalThis.fetch, answers: RecordedAnswers): typeof globalThis.fetch {
  const root = `${withoutTrailingSlashes(baseUrl)}/`;
  // Every answer of the API is JSON (a problem for a failure).
  return async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request);
    const kept = response.status === 200 || (response.status >= 400 && response.status < 500);
    if (request.method === "GET" && request.url.startsWith(root) && kept) {
      answers[request.url.slice(root.length)] = {
        status: response.status,
        contentType: response.headers.get("content-type") ?? "application/json",
        body: await response.clone().json(),
      };
    }
    return response;
  };
}

/**
 * The script that carries `answers` in the page. It is data, never run (so any
 * Content-Security-Policy allows it), and `<` is escaped so that no text in the data can close it.
 */
export function answersScript(answers: RecordedAnswers): string {
  return `<script type="application/json" ${answersAttribute}>${JSON.stringify(answers).replace(/</g, "\\u003c")}</script>`;
}
