import { css, html, LitElement, nothing } from "lit";
import { customElement, query, state } from "lit/decorators.js";
import { collectionWords } from "../i18n/collection-words.js";
import { currentLang, initialLang, setLang, words } from "../i18n/language.js";
import { shellWords } from "../i18n/shell-words.js";
import { baseStyles } from "../styles/base.js";
import { hrefOf, parseRoute, type Route } from "./route.js";
import { forgetKey, type SignedIn, signIn, type SignInFault, storedKey } from "./session.js";
import { viewModules } from "./view-modules.js";

type SignOutReason = "expired";

/**
 * The console: sign-in with an API key, then a header with the organisation and role, the
 * navigation of the collections the key may write (and the keys, for an admin) and the current view.
 */
@customElement("cj-console")
export class CjConsole extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
      }
      .skip {
        position: absolute;
        left: 0.5rem;
        top: -3rem;
        background: #fff;
        color: var(--accent-dark);
        padding: 0.5rem 1rem;
        z-index: 2;
      }
      .skip:focus {
        top: 0.5rem;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.25rem;
        padding: 0.6rem 1.25rem;
        background: #0f2f57;
        color: #fff;
      }
      header .product {
        font-weight: 700;
        font-size: 1.1rem;
        margin-right: auto;
        color: #fff;
        text-decoration: none;
      }
      header .who {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
        font-size: 0.9rem;
      }
      header .role {
        background: #f2a900;
        color: #1b2430;
        border-radius: 999px;
        padding: 0 0.6rem;
        font-weight: 600;
      }
      header .prefix {
        font-family: ui-monospace, monospace;
        opacity: 0.85;
      }
      header button {
        background: transparent;
        color: #fff;
        border-color: rgba(255, 255, 255, 0.7);
      }
      .layout {
        display: grid;
        grid-template-columns: 15rem minmax(0, 1fr);
        min-height: calc(100vh - 3.5rem);
      }
      nav {
        background: #fff;
        border-right: 1px solid var(--line);
        padding: 1rem 0.5rem;
      }
      nav h2 {
        font-size: 0.8rem;
        color: var(--muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
        margin: 0.25rem 0.75rem 0.5rem;
      }
      nav ul {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
      }
      nav a {
        display: block;
        padding: 0.45rem 0.75rem;
        border-radius: var(--radius);
        color: inherit;
        text-decoration: none;
      }
      nav a:hover {
        background: var(--soft);
      }
      nav a[aria-current="page"] {
        background: #e1ecf8;
        color: var(--accent-dark);
        font-weight: 600;
        box-shadow: inset 3px 0 0 var(--accent);
      }
      main {
        padding: 1.25rem 1.5rem 3rem;
        min-width: 0;
      }
      main:focus {
        outline: none;
      }
      .sign-in {
        max-width: 30rem;
        margin: 8vh auto;
        background: #fff;
        border: 1px solid var(--line);
        border-radius: 10px;
        padding: 2rem;
        box-shadow: 0 2px 12px rgba(15, 47, 87, 0.08);
      }
      .sign-in label {
        display: block;
        font-weight: 600;
        margin: 1.25rem 0 0.25rem;
      }
      .sign-in input {
        width: 100%;
        font-family: ui-monospace, monospace;
      }
      .sign-in .actions {
        display: flex;
        justify-content: space-between;
        align-items: center;
        margin-top: 1.25rem;
      }
      @media (max-width: 760px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
        nav {
          border-right: none;
          border-bottom: 1px solid var(--line);
          padding: 0.5rem;
        }
        nav h2 {
          display: none;
        }
        nav ul {
          display: flex;
          gap: 0.25rem;
          overflow-x: auto;
          margin: 0;
          padding-bottom: 0.25rem;
        }
        nav a {
          white-space: nowrap;
          border: 1px solid var(--line);
        }
        main {
          padding: 1rem 0.75rem 2rem;
        }
        .sign-in {
          margin: 1rem;
          padding: 1.25rem;
        }
      }
    `,
  ];

  @state() private signedIn: SignedIn | null = null;
  @state() private route: Route = parseRoute(location.hash);
  @state() private fault: SignInFault | SignOutReason | "noKey" | null = null;
  @state() private busy = false;
  @state() private loaded = new Set<string>();
  @state() private viewFailed = false;
  @query("main") private main!: HTMLElement | null;

  readonly #onHash = () => {
    this.route = parseRoute(location.hash);
    void this.#loadView().then(() => this.main?.focus());
  };

  override connectedCallback(): void {
    super.connectedCallback();
    setLang(initialLang());
    window.addEventListener("hashchange", this.#onHash);
    this.addEventListener("cj-session-expired", () => this.#signOut("expired"));
    const key = storedKey();
    if (key) void this.#signIn(key);
  }

  override disconnectedCallback(): void {
    window.removeEventListener("hashchange", this.#onHash);
    super.disconnectedCallback();
  }

  async #signIn(key: string): Promise<void> {
    this.busy = true;
    this.fault = null;
    const result = await signIn(key);
    this.busy = false;
    if (typeof result === "string") {
      this.fault = result;
      forgetKey();
      return;
    }
    this.fault = null;
    this.signedIn = result;
    if (this.route.view === "home") location.hash = hrefOf(this.#homeRoute());
    await this.#loadView();
  }

  #homeRoute(): Route {
    const first = this.signedIn?.collections[0];
    return first ? { view: "records", collection: first.path } : { view: "keys" };
  }

  #signOut(reason?: SignOutReason): void {
    forgetKey();
    this.signedIn = null;
    this.fault = reason ?? null;
    location.hash = "";
  }

  async #loadView(): Promise<void> {
    const view = this.route.view;
    if (!this.signedIn || view === "home" || view === "unknown" || this.loaded.has(view)) return;
    try {
      await viewModules[view]();
      this.loaded = new Set([...this.loaded, view]);
      this.viewFailed = false;
    } catch {
      this.viewFailed = true;
    }
  }

  #submit(event: SubmitEvent): void {
    event.preventDefault();
    const key = new FormData(event.target as HTMLFormElement).get("key");
    if (typeof key !== "string" || !key.trim()) {
      this.fault = "noKey";
      return;
    }
    void this.#signIn(key);
  }

  #switchLanguage(): void {
    setLang(currentLang() === "en" ? "zh-CN" : "en");
    this.requestUpdate();
    // Views render their own words: they are told to render again.
    for (const view of this.renderRoot.querySelectorAll("main > *")) (view as LitElement).requestUpdate?.();
  }

  override render() {
    const w = words(shellWords);
    return html`
      <header>
        <button type="button" class="skip" @click=${() => this.main?.focus()}>${w.skip}</button>
        <a class="product" href="#/">${w.product}</a>
        ${this.signedIn ? this.#renderWho() : nothing}
        <button type="button" lang=${currentLang() === "en" ? "zh-CN" : "en"} @click=${this.#switchLanguage}>${w.otherLanguage}</button>
      </header>
      ${this.signedIn ? this.#renderSignedIn() : this.#renderSignIn()}
    `;
  }

  #renderWho() {
    const w = words(shellWords);
    const { session } = this.signedIn!;
    return html`<div class="who">
      <span>${w.signedInAs(session.organisation.name)}</span>
      <span class="role">${w.roles[session.key.role]}</span>
      <span class="prefix">${w.keyShown(session.key.prefix)}</span>
      <button type="button" @click=${() => this.#signOut()}>${w.signOut}</button>
    </div>`;
  }

  #renderSignIn() {
    const w = words(shellWords);
    const message = this.fault ? w[this.fault] : null;
    return html`<main id="main" tabindex="-1">
      <form class="sign-in" @submit=${this.#submit} novalidate>
        <h1>${w.signInTitle}</h1>
        <p>${w.signInIntro}</p>
        ${message ? html`<p class="notice error" role="alert" id="sign-in-error">${message}</p>` : nothing}
        <label for="key">${w.keyLabel}</label>
        <input
          id="key"
          name="key"
          type="password"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="key-hint${message ? " sign-in-error" : ""}"
          aria-invalid=${message && this.fault !== "expired" ? "true" : "false"}
        />
        <p class="hint" id="key-hint">${w.keyHint}</p>
        <div class="actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? w.signingIn : w.signIn}</button>
        </div>
      </form>
    </main>`;
  }

  #renderSignedIn() {
    const w = words(shellWords);
    const names = words(collectionWords);
    const { collections, session } = this.signedIn!;
    const current = "collection" in this.route ? this.route.collection : this.route.view;
    const link = (href: string, label: string, active: boolean) => html`<li><a href=${href} aria-current=${active ? "page" : "false"}>${label}</a></li>`;
    return html`<div class="layout">
      <nav aria-label=${w.navigation}>
        <h2>${w.navigation}</h2>
        <ul>
          ${session.reviews ? link(hrefOf({ view: "reviews" }), w.reviews, current === "reviews") : nothing}
          ${collections.map(({ name, path }) => link(hrefOf({ view: "records", collection: path }), names[name], current === path))}
          ${session.key.role === "admin" ? link(hrefOf({ view: "keys" }), w.keys, current === "keys") : nothing}
        </ul>
      </nav>
      <main id="main" tabindex="-1">${this.#renderView()}</main>
    </div>`;
  }

  #renderView() {
    const w = words(shellWords);
    const route = this.route;
    if (this.viewFailed) return html`<p class="notice error" role="alert">${w.viewFailed}</p>`;
    if (route.view === "home" || route.view === "unknown" || (route.view === "reviews" && !this.signedIn!.session.reviews)) return html`<h1>${w.notFound}</h1>`;
    if (!this.loaded.has(route.view)) return html`<p role="status">${w.loadingView}</p>`;
    const signedIn = this.signedIn!;
    switch (route.view) {
      case "records":
        return html`<cj-records-view .signedIn=${signedIn} .collectionPath=${route.collection}></cj-records-view>`;
      case "record":
        return html`<cj-record-editor .signedIn=${signedIn} .collectionPath=${route.collection} .recordId=${route.id}></cj-record-editor>`;
      case "import":
        return html`<cj-import-view .signedIn=${signedIn} .collectionPath=${route.collection}></cj-import-view>`;
      case "keys":
        return html`<cj-keys-view .signedIn=${signedIn}></cj-keys-view>`;
      case "reviews":
        return html`<cj-review-view .signedIn=${signedIn}></cj-review-view>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-console": CjConsole;
  }
  interface HTMLElementEventMap {
    "cj-session-expired": Event;
  }
}
