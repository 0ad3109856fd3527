import { html } from "lit";
import { snippetKinds, snippetOf, type SnippetKind, type SnippetUrls } from "../snippets.ts";
import type { BuilderState } from "../state.ts";
import type { Words } from "../words.ts";

const labels = { cdn: "snippetCdn", npm: "snippetNpm", react: "snippetReact", vue: "snippetVue" } as const;

/** The snippet of the chosen kind, file by file, each with a copy button, and the share link. */
export function codeView(state: BuilderState, kind: SnippetKind, urls: SnippetUrls, words: Words, choose: (kind: SnippetKind) => void, copy: (text: string, done: string) => void) {
  const files = snippetOf(kind, state, urls);
  return html`<section class="code" aria-labelledby="code-heading">
    <div class="section-head">
      <h2 id="code-heading">${words.code}</h2>
      <button type="button" class="secondary" id="copy-link" @click=${() => copy(location.href, words.linkCopied)}>${words.copyLink}</button>
    </div>
    <div class="segmented kinds" role="radiogroup" aria-label=${words.code}>
      ${snippetKinds.map(
        (each) => html`<label><input type="radio" name="snippet" .value=${each} .checked=${each === kind} @change=${() => choose(each)} />${words[labels[each]]}</label>`,
      )}
    </div>
    <p class="hint">${words.snippetHelp[kind]}</p>
    ${files.map(
      (file) => html`<figure class="file" data-file=${file.name}>
        <figcaption><span>${file.name}</span><button type="button" @click=${() => copy(file.text, words.copied)} aria-label="${words.copy} ${file.name}">${words.copy}</button></figcaption>
        <pre tabindex="0" aria-label=${file.name}><code>${file.text}</code></pre>
      </figure>`,
    )}
  </section>`;
}
