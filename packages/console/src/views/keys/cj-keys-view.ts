import type { ApiKey, CreatedApiKey, KeyRole } from "@chanjiao/sdk";
import { css, html, LitElement, nothing } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import type { SignedIn } from "../../app/session.js";
import { currentLang, words } from "../../i18n/language.js";
import { baseStyles } from "../../styles/base.js";
import { formStyles } from "../../styles/form.js";
import { panelStyles } from "../../styles/panels.js";
import { faultOf, reportExpired } from "../shared/faults.js";
import { renderField } from "../records/form-fields.js";
import { nameOf } from "../records/names.js";
import { fieldMessage } from "../records/problem-text.js";
import { ReferenceSearch } from "../records/reference-search.js";
import { keysWords } from "./keys-words.js";

/** API keys, for admin keys: issue one (its secret shown once, with a copy button), list every key, revoke one after confirming. */
@customElement("cj-keys-view")
export class CjKeysView extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    panelStyles,
    css`
      :host {
        max-width: 70rem;
      }
      .secret {
        border: 2px solid var(--ok);
        background: #eef8f0;
      }
      .secret code {
        display: block;
        font-size: 1rem;
        padding: 0.6rem;
        background: #fff;
        border: 1px solid var(--line);
        border-radius: var(--radius);
        overflow-wrap: anywhere;
        margin: 0.5rem 0 0.75rem;
      }
      .scroll table {
        min-width: 40rem;
      }
      .prefix {
        font-family: ui-monospace, monospace;
        white-space: nowrap;
      }
      tr.revoked td,
      tr.revoked th {
        color: var(--muted);
      }
    `,
  ];

  @property({ attribute: false }) signedIn!: SignedIn;
  @state() private keys: ApiKey[] | null = null;
  @state() private draft: { organisationId: string | null; role: KeyRole; name: string } = { organisationId: null, role: "editor", name: "" };
  @state() private errors = new Map<string, string[]>();
  @state() private created: CreatedApiKey | null = null;
  @state() private message: { kind: "ok" | "error"; text: string } | null = null;
  @state() private busy = false;
  @state() private revoking: ApiKey | null = null;
  @state() private organisationNames = new Map<string, string>();
  @query("dialog") private dialog!: HTMLDialogElement;

  readonly #search = new ReferenceSearch(this, () => this.signedIn);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  async #load(): Promise<void> {
    try {
      const { items } = await this.signedIn.client.keys.list();
      this.keys = [...items].reverse();
      const names = await Promise.all([...new Set(items.map((key) => key.organisationId))].map(async (id) => [id, await nameOf(this.signedIn, "organisations", id)] as const));
      this.organisationNames = new Map(names);
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    const fault = faultOf(error);
    if (fault.kind === "expired") return reportExpired(this);
    if (fault.kind === "invalid") {
      const errors = new Map<string, string[]>();
      for (const issue of fault.issues) errors.set(issue.path, [...(errors.get(issue.path) ?? []), fieldMessage(issue.message)]);
      this.errors = errors;
      return;
    }
    this.message = { kind: "error", text: words(keysWords).failed };
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.errors = new Map();
    this.message = null;
    this.busy = true;
    try {
      const { organisationId, role, name } = this.draft;
      this.created = await this.signedIn.client.keys.create({ organisationId: organisationId ?? "", role, ...(name.trim() ? { name: name.trim() } : {}) });
      this.draft = { organisationId: null, role: "editor", name: "" };
      await this.#load();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>("#secret-title")?.focus();
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  async #copy(): Promise<void> {
    await navigator.clipboard.writeText(this.created!.key).then(
      () => (this.message = { kind: "ok", text: words(keysWords).copied }),
      () => this.renderRoot.querySelector("code") && getSelection()?.selectAllChildren(this.renderRoot.querySelector("code")!),
    );
  }

  async #revoke(): Promise<void> {
    const key = this.revoking!;
    this.dialog.close();
    this.revoking = null;
    try {
      await this.signedIn.client.keys.revoke(key.id);
      this.message = { kind: "ok", text: words(keysWords).revoked(key.prefix) };
      await this.#load();
    } catch (error) {
      this.#fail(error);
    }
  }

  override render() {
    const w = words(keysWords);
    return html`
      <h1>${w.title}</h1>
      <p>${w.intro}</p>
      <div role="status" aria-live="polite">${this.message?.kind === "ok" ? html`<p class="notice ok">${this.message.text}</p>` : nothing}</div>
      ${this.message?.kind === "error" ? html`<p class="notice error" role="alert">${this.message.text}</p>` : nothing}
      ${this.created ? this.#renderSecret(this.created) : this.#renderCreate()} ${this.#renderList()}
      <dialog aria-labelledby="revoke-title" aria-describedby="revoke-detail" @close=${() => (this.revoking = null)}>
        ${this.revoking
          ? html`<h2 id="revoke-title">${w.revokeQuestion(this.revoking.prefix, this.organisationNames.get(this.revoking.organisationId) ?? this.revoking.organisationId)}</h2>
              <p id="revoke-detail">${w.revokeDetail}</p>
              <div class="buttons">
                <button type="button" autofocus @click=${() => this.dialog.close()}>${w.cancel}</button>
                <button type="button" class="danger primary" @click=${this.#revoke}>${w.revokeConfirm}</button>
              </div>`
          : nothing}
      </dialog>
    `;
  }

  #renderCreate() {
    const w = words(keysWords);
    const context = {
      valueAt: (path: readonly string[]) => this.draft[path[0] as keyof typeof this.draft],
      setAt: (path: readonly string[], value: unknown) => {
        this.draft = { ...this.draft, [path[0]!]: value };
      },
      errors: this.errors,
      search: this.#search,
      readOnly: new Set<string>(),
    };
    const label = (zh: string, en: string) => ({ "zh-CN": zh, en });
    return html`<section class="panel" aria-labelledby="create-title">
      <h2 id="create-title">${w.createTitle}</h2>
      <form @submit=${this.#create} novalidate>
        <div class="grid">
          ${renderField(
            { name: "organisationId", path: ["organisationId"], type: { kind: "reference", collection: "organisations" }, required: true, nullable: false, label: label(keysWords["zh-CN"].organisation, keysWords.en.organisation) },
            context,
          )}
          <div class="field">
            <label for="f-role">${w.role}</label>
            <select id="f-role" @change=${(event: Event) => (this.draft = { ...this.draft, role: (event.target as HTMLSelectElement).value as KeyRole })}>
              ${(["editor", "admin"] as const).map((role) => html`<option value=${role} ?selected=${this.draft.role === role}>${w.roles[role]}${currentLang() === "en" ? ": " : "："}${w.roleHints[role]}</option>`)}
            </select>
          </div>
          ${renderField(
            { name: "name", path: ["name"], type: { kind: "text" }, required: false, nullable: false, label: { ...label(keysWords["zh-CN"].name, keysWords.en.name), help: label(keysWords["zh-CN"].nameHint, keysWords.en.nameHint) } },
            context,
          )}
        </div>
        <div class="buttons"><button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? w.creating : w.create}</button></div>
      </form>
    </section>`;
  }

  #renderSecret(created: CreatedApiKey) {
    const w = words(keysWords);
    return html`<section class="panel secret" aria-labelledby="secret-title">
      <h2 id="secret-title" tabindex="-1">${w.secretTitle}</h2>
      <p>${w.secretIntro}</p>
      <p>${this.organisationNames.get(created.info.organisationId) ?? created.info.organisationId} · ${w.roles[created.info.role]}</p>
      <code>${created.key}</code>
      <div class="buttons">
        <button type="button" class="primary" @click=${this.#copy}>${w.copy}</button>
        <button type="button" @click=${() => ((this.created = null), (this.message = null))}>${w.done}</button>
      </div>
    </section>`;
  }

  #renderList() {
    const w = words(keysWords);
    const lang = currentLang();
    if (this.keys === null) return html`<p role="status">${w.loading}</p>`;
    const time = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
    const own = this.signedIn.session.key.id;
    return html`<section class="panel" aria-labelledby="list-title">
      <h2 id="list-title">${w.listTitle}</h2>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${w.prefix}</th>
              <th scope="col">${w.organisation}</th>
              <th scope="col">${w.role}</th>
              <th scope="col">${w.name}</th>
              <th scope="col">${w.createdAt}</th>
              <th scope="col">${w.state}</th>
            </tr>
          </thead>
          <tbody>
            ${this.keys.map(
              (key) => html`<tr class=${key.revokedAt ? "revoked" : ""}>
                <th scope="row" class="prefix">${key.prefix}…</th>
                <td>${this.organisationNames.get(key.organisationId) ?? key.organisationId}</td>
                <td>${w.roles[key.role]}</td>
                <td>${key.name ?? "—"}</td>
                <td>${time.format(new Date(key.createdAt))}</td>
                <td>
                  ${key.revokedAt
                    ? w.revokedAt(time.format(new Date(key.revokedAt)))
                    : key.id === own
                      ? `${w.live} ${w.own}`
                      : html`${w.live}
                          <button
                            type="button"
                            class="danger"
                            aria-label="${w.revoke} ${key.prefix}"
                            @click=${() => {
                              this.revoking = key;
                              this.dialog.showModal();
                            }}
                          >
                            ${w.revoke}
                          </button>`}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-keys-view": CjKeysView;
  }
}
