import { html, render } from "lit";
import "./builder.css";
import { problemsOf } from "./check.ts";
import { isStaticExport } from "./detect-static.ts";
import { clientOf, loadChoices, type Choice, type PickerSource } from "./pickers.ts";
import type { SnippetKind } from "./snippets.ts";
import { queryOfState, stateFromQuery, type BuilderState } from "./state.ts";
import { codeView } from "./view/code.ts";
import { controlsView } from "./view/controls.ts";
import { galleryView } from "./view/gallery.ts";
import { previewView, showWidget } from "./view/preview.ts";
import { widgetOf, widgets } from "./widgets.ts";
import { wordsOf, type UiLanguage } from "./words.ts";

const query = new URLSearchParams(location.search);
const ui: UiLanguage = query.get("ui") === "en" ? "en" : "zh-CN";
const words = wordsOf(ui);
document.documentElement.lang = ui;
document.title = `${words.title} · Chanjiao`;

let state = stateFromQuery(query, widgets.map((widget) => widget.tag), "cj-programme-list");
let snippet: SnippetKind = "cdn";
let choices: Partial<Record<PickerSource, Choice[]>> = {};
let choicesKey = "";
let problems: Record<string, string> | undefined;
let announcement = "";
let checkRun = 0;

const app = document.getElementById("app")!;

function update(patch: Partial<BuilderState>) {
  state = { ...state, ...patch };
  if (patch.api !== undefined && patch.static === undefined) void detectStatic();
  history.replaceState(null, "", `?${queryOfState(state, ui)}`);
  announcement = "";
  draw();
  void refresh();
}

/** Switches the builder to reading a static export when its API is one. */
async function detectStatic() {
  const api = state.api;
  const isStatic = await isStaticExport(api);
  if (state.api === api && state.static !== isStatic) update({ static: isStatic });
}

/** Choosing a widget starts it from its defaults, with every record id it names set to the API's first record. */
async function choose(tag: string) {
  update({ widget: tag, attributes: {}, tokens: {} });
  const attributes: Record<string, string> = {};
  for (const attribute of widgetOf(tag).attributes) {
    if (attribute.control.kind !== "picker" || !attribute.name.endsWith("-id")) continue;
    const first = (await choicesOf(attribute.control.source))[0];
    if (first) attributes[attribute.name] = first.value;
  }
  if (state.widget === tag && Object.keys(attributes).length) update({ attributes: { ...attributes, ...state.attributes } });
}

const loading = new Map<string, Promise<Choice[]>>();

function choicesOf(source: PickerSource): Promise<Choice[]> {
  const key = `${state.api} ${state.static} ${ui} ${source}`;
  if (!loading.has(key)) loading.set(key, loadChoices(clientOf(state.api, state.static), source, ui).catch(() => []));
  return loading.get(key)!;
}

/** Loads the choices of the widget's pickers and checks the configuration with the API. */
async function refresh() {
  const key = `${state.api} ${state.static}`;
  if (key !== choicesKey) {
    choicesKey = key;
    choices = {};
  }
  const run = ++checkRun;
  problems = undefined;
  draw();
  const widget = widgetOf(state.widget);
  const sources = widget.attributes.flatMap((attribute) => (attribute.control.kind === "picker" ? [attribute.control.source] : []));
  await Promise.all(
    sources.map(async (source) => {
      const loaded = await choicesOf(source);
      if (choicesKey === key) choices = { ...choices, [source]: loaded };
    }),
  );
  const found = await problemsOf(state, widget, clientOf(state.api, state.static), words);
  if (run !== checkRun) return;
  problems = found;
  draw();
}

async function copy(text: string, done: string) {
  await navigator.clipboard.writeText(text);
  announcement = done;
  draw();
}

function problemsView() {
  const list = problems ? Object.values(problems) : [];
  return html`<section class="problems ${problems && !list.length ? "ok" : ""}" aria-labelledby="problems-heading">
    <h2 id="problems-heading" class="visually-hidden">${words.problems}</h2>
    <div role="status">
      ${!problems ? html`<p>${words.checking}</p>` : list.length ? html`<ul>${list.map((problem) => html`<li>${problem}</li>`)}</ul>` : html`<p>${words.noProblems}</p>`}
    </div>
  </section>`;
}

function draw() {
  const other: UiLanguage = ui === "zh-CN" ? "en" : "zh-CN";
  const otherUrl = `?${queryOfState(state, other)}`;
  const urls = { api: new URL(state.api, location.href).href, cdn: new URL("../cdn/chanjiao.js", location.href).href };
  const widget = widgetOf(state.widget);
  render(
    html`<header class="top">
        <div>
          <h1>${words.title} <span class="brand">Chanjiao 产教</span></h1>
          <p>${words.lead}</p>
        </div>
        <nav>
          <a href=${otherUrl} lang=${other} hreflang=${other} id="switch-language">${words.switchLanguage}</a>
          <a href="../">${words.examples}</a>
        </nav>
      </header>
      <main>
        ${galleryView(state.widget, ui, words, (tag) => void choose(tag))}
        <div class="workbench">
          ${controlsView({ state, widget, ui, words, choices, problems: problems ?? {}, update })}
          <div class="output">
            ${previewView(state, words, update)} ${problemsView()}
            ${codeView(state, snippet, urls, words, (kind) => ((snippet = kind), draw()), (text, done) => void copy(text, done))}
            <p class="visually-hidden" role="status" id="announcement">${announcement}</p>
          </div>
        </div>
      </main>`,
    app,
  );
  showWidget(document.getElementById("stage")!, state);
}

draw();
if (query.has("widget")) void refresh();
else void choose(state.widget);
if (!query.has("static")) void detectStatic();
