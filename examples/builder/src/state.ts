/** What the builder shows and the snippets carry; all of it lives in the page's URL. */
export interface BuilderState {
  /** The tag of the widget being configured. */
  widget: string;
  /** The widget's attributes as an HTML author writes them (a present boolean attribute is ""). */
  attributes: Record<string, string>;
  /** `--cj-*` tokens set on the widget, over the light or dark defaults. */
  tokens: Record<string, string>;
  /** The widget's language. */
  lang: "zh-CN" | "en";
  /** Light or dark: dark sets the dark defaults the manifest gives for each colour token. */
  scheme: "light" | "dark";
  /** The API root, absolute or relative to the builder. */
  api: string;
  /** Whether `api` is a static export rather than a live API. */
  static: boolean;
  /** The preview's width. */
  device: "desktop" | "phone";
}

// The builder's own keys; every other key of the URL is an attribute (or, starting with `--`, a token).
const OWN_KEYS = new Set(["widget", "lang", "scheme", "api", "static", "device", "ui"]);

export const defaultState = (widget: string): BuilderState => ({
  widget,
  attributes: {},
  tokens: {},
  lang: "zh-CN",
  scheme: "light",
  api: "/v1",
  static: false,
  device: "desktop",
});

/** Reads a state from a URL's query; unknown widgets fall back to `fallbackWidget`, unknown attributes stay for the builder to report. */
export function stateFromQuery(query: URLSearchParams, widgets: readonly string[], fallbackWidget: string): BuilderState {
  const asked = query.get("widget") ?? "";
  const state = defaultState(widgets.includes(asked) ? asked : fallbackWidget);
  if (query.get("lang") === "en") state.lang = "en";
  if (query.get("scheme") === "dark") state.scheme = "dark";
  if (query.get("device") === "phone") state.device = "phone";
  state.api = query.get("api") || state.api;
  state.static = query.has("static");
  for (const [key, value] of query) {
    if (OWN_KEYS.has(key)) continue;
    if (key.startsWith("--cj-")) state.tokens[key] = value;
    else if (/^[a-z][a-z-]*$/.test(key)) state.attributes[key] = value;
  }
  return state;
}

/** The query that `stateFromQuery` reads back as `state`; defaults are left out so links stay short. */
export function queryOfState(state: BuilderState, ui: string): URLSearchParams {
  const query = new URLSearchParams({ widget: state.widget });
  if (ui !== "zh-CN") query.set("ui", ui);
  if (state.lang !== "zh-CN") query.set("lang", state.lang);
  if (state.scheme !== "light") query.set("scheme", state.scheme);
  if (state.device !== "desktop") query.set("device", state.device);
  if (state.api !== "/v1") query.set("api", state.api);
  if (state.static) query.set("static", "");
  for (const [name, value] of Object.entries(state.attributes)) query.set(name, value);
  for (const [name, value] of Object.entries(state.tokens)) query.set(name, value);
  return query;
}
