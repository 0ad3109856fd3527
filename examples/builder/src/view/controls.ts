import { html, nothing } from "lit";
import type { Choice, PickerSource } from "../pickers.ts";
import type { BuilderState } from "../state.ts";
import type { AttributeSpec, TokenSpec, WidgetSpec } from "../widgets.ts";
import type { UiLanguage, Words } from "../words.ts";

/** What the controls read besides the state, and how they change it. */
export interface ControlsContext {
  state: BuilderState;
  widget: WidgetSpec;
  ui: UiLanguage;
  words: Words;
  /** The choices of each picker, once the API answered. */
  choices: Partial<Record<PickerSource, Choice[]>>;
  /** Problems per attribute, shown beside its control. */
  problems: Record<string, string>;
  update(patch: Partial<BuilderState>): void;
}

const inputValue = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function setAttribute(context: ControlsContext, name: string, value: string | undefined) {
  const attributes = { ...context.state.attributes };
  if (value === undefined) delete attributes[name];
  else attributes[name] = value;
  context.update({ attributes });
}

function attributeControl(context: ControlsContext, attribute: AttributeSpec) {
  const id = `attribute-${attribute.name}`;
  const value = context.state.attributes[attribute.name] ?? "";
  const defaultLabel = attribute.default ? `${context.words.defaultValue} (${attribute.default})` : context.words.none;
  // An emptied field leaves the attribute out; a present switch is the empty string.
  const change = (event: Event) => setAttribute(context, attribute.name, inputValue(event).trim() || undefined);
  const problem = context.problems[attribute.name];
  const describedBy = [context.ui === "en" && attribute.description ? `${id}-hint` : "", problem ? `${id}-problem` : ""].filter(Boolean).join(" ") || nothing;
  const invalid = problem ? "true" : nothing;
  const control = attribute.control;
  let field;
  switch (control.kind) {
    case "switch":
      field = html`<input id=${id} type="checkbox" role="switch" .checked=${attribute.name in context.state.attributes}
        aria-describedby=${describedBy} @change=${(event: Event) => setAttribute(context, attribute.name, (event.target as HTMLInputElement).checked ? "" : undefined)} />`;
      break;
    case "select":
    case "heading": {
      const options = control.kind === "select" ? control.options : ["1", "2", "3", "4", "5", "6"];
      field = html`<select id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${change}>
        <option value="" ?selected=${value === ""}>${defaultLabel}</option>
        ${options.map((option) => html`<option .value=${option} ?selected=${option === value}>${option}</option>`)}
      </select>`;
      break;
    }
    case "number":
      field = html`<input id=${id} type="number" min="1" step="1" inputmode="numeric" .value=${value} placeholder=${defaultLabel}
        aria-describedby=${describedBy} aria-invalid=${invalid} @change=${change} />`;
      break;
    case "picker": {
      const choices = context.choices[control.source];
      field = html`<input id=${id} type="search" list="${id}-choices" autocomplete="off" spellcheck="false" .value=${value}
          placeholder=${choices ? context.words.search : context.words.loadingChoices} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${change} />
        <datalist id="${id}-choices">${(choices ?? []).map((choice) => html`<option .value=${choice.value} label=${choice.label}></option>`)}</datalist>`;
      break;
    }
    case "text":
      field = html`<input id=${id} type="text" spellcheck="false" .value=${value} placeholder=${defaultLabel}
        aria-describedby=${describedBy} aria-invalid=${invalid} @change=${change} />`;
  }
  return html`<div class="field ${control.kind === "switch" ? "switch" : ""}">
    <label for=${id}><code>${attribute.name}</code></label>
    ${field}
    ${context.ui === "en" && attribute.description ? html`<p class="hint" id="${id}-hint">${attribute.description.replace(/`/g, "")}</p>` : nothing}
    ${problem ? html`<p class="problem" id="${id}-problem">${problem}</p>` : nothing}
  </div>`;
}

function tokenControl(context: ControlsContext, token: TokenSpec) {
  const id = `token-${token.name.slice(2)}`;
  const set = context.state.tokens[token.name];
  const shown = set ?? (context.state.scheme === "dark" ? token.dark : undefined) ?? token.light;
  const change = (value: string) => {
    const tokens = { ...context.state.tokens };
    if (value === "") delete tokens[token.name];
    else tokens[token.name] = value;
    context.update({ tokens });
  };
  let field;
  if (token.control === "color") {
    const problem = context.problems[token.name];
    field = html`<input id=${id} type="color" .value=${shown} aria-invalid=${problem ? "true" : nothing} aria-describedby=${problem ? `${id}-problem` : nothing}
      @change=${(event: Event) => change(inputValue(event))} />`;
  } else if (token.control === "size") {
    const unit = /^[\d.]+([a-z]+)$/.exec(token.light)![1];
    field = html`<span class="size"><input id=${id} type="number" min="0" step=${unit === "px" ? "1" : "0.125"} .value=${set ? String(parseFloat(set)) : ""}
        placeholder=${String(parseFloat(token.light))} @change=${(event: Event) => change(inputValue(event) === "" ? "" : `${inputValue(event)}${unit}`)} /><span aria-hidden="true">${unit}</span></span>`;
  } else {
    field = html`<input id=${id} type="text" spellcheck="false" .value=${set ?? ""} placeholder=${token.light} @change=${(event: Event) => change(inputValue(event))} />`;
  }
  const problem = context.problems[token.name];
  return html`<div class="field token">
    <label for=${id}><code>${token.name}</code></label>${field}
    ${problem ? html`<p class="problem" id="${id}-problem">${problem}</p>` : nothing}
  </div>`;
}

/** The settings form: the API, the widget's attributes, its language and scheme, and its theme tokens. */
export function controlsView(context: ControlsContext) {
  const { state, words, widget } = context;
  return html`<form class="settings" @submit=${(event: Event) => event.preventDefault()}>
    <h2>${words.settings}</h2>
    <fieldset>
      <legend>${words.data}</legend>
      <div class="field">
        <label for="api">${words.api}</label>
        <input id="api" type="text" spellcheck="false" .value=${state.api} @change=${(event: Event) => context.update({ api: inputValue(event).trim() || "/v1" })} />
      </div>
      <div class="field switch">
        <label for="static">${words.staticExport}</label>
        <input id="static" type="checkbox" role="switch" aria-describedby="static-hint" .checked=${state.static}
          @change=${(event: Event) => context.update({ static: (event.target as HTMLInputElement).checked })} />
        <p class="hint" id="static-hint">${words.staticHint}</p>
      </div>
    </fieldset>
    <fieldset>
      <legend>${words.attributes} <code>&lt;${widget.tag}&gt;</code></legend>
      ${widget.attributes.map((attribute) => attributeControl(context, attribute))}
    </fieldset>
    <fieldset>
      <legend>${words.appearance}</legend>
      <div class="field">
        <label for="lang">${words.widgetLanguage} <code>lang</code></label>
        <select id="lang" @change=${(event: Event) => context.update({ lang: inputValue(event) as BuilderState["lang"] })}>
          <option value="zh-CN" ?selected=${state.lang === "zh-CN"}>简体中文 (zh-CN)</option>
          <option value="en" ?selected=${state.lang === "en"}>English (en)</option>
        </select>
      </div>
      <div class="field" role="radiogroup" aria-labelledby="scheme-label">
        <span id="scheme-label" class="label">${words.scheme}</span>
        <span class="segmented">
          ${(["light", "dark"] as const).map(
            (scheme) => html`<label><input type="radio" name="scheme" .value=${scheme} .checked=${state.scheme === scheme} @change=${() => context.update({ scheme })} />${words[scheme]}</label>`,
          )}
        </span>
      </div>
    </fieldset>
    <details class="tokens" ?open=${Object.keys(state.tokens).length > 0}>
      <summary>${words.tokens} <span class="count">${widget.tokens.length}</span></summary>
      <fieldset>
        <legend class="visually-hidden">${words.tokens}</legend>
        <p class="hint">${words.tokensHint}</p>
        ${widget.tokens.map((token) => tokenControl(context, token))}
        <button type="button" class="secondary" @click=${() => context.update({ tokens: {} })}>${words.reset}</button>
      </fieldset>
    </details>
  </form>`;
}
