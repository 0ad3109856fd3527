import { type CollectionName, collections } from "@chanjiao/sdk";
import { html, type ReactiveController, type ReactiveControllerHost } from "lit";
import { live } from "lit/directives/live.js";
import type { SignedIn } from "../../app/session.js";
import { words } from "../../i18n/language.js";
import { titleOf } from "./collection.js";
import { nameOf } from "./names.js";
import { recordWords } from "./record-words.js";

/** What one reference input shows and does. */
export interface ReferenceInput {
  /** The input's id; its list of suggestions is `${id}-options`. */
  id: string;
  collection: CollectionName;
  value: string | null;
  required: boolean;
  invalid: boolean;
  describedBy: string;
  /** A label of its own, for an input that no `<label>` names (an item of a list). */
  ariaLabel?: string;
  onChange(value: string | null): void;
}

/**
 * A searchable picker of a record of another collection: an input whose suggestions (a native
 * `<datalist>`, which screen readers and keyboards already know) are the records whose name
 * matches what was typed, each offered by its id; the chosen record's name shows beside it.
 * A controller rather than an element, so that the form's `<label for>` reaches the input.
 */
export class ReferenceSearch implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #signedIn: () => SignedIn;
  readonly #options = new Map<string, Array<{ id: string; name: string }>>();
  readonly #names = new Map<string, string>();
  readonly #timers = new Map<string, number>();

  constructor(host: ReactiveControllerHost, signedIn: () => SignedIn) {
    this.#host = host;
    this.#signedIn = signedIn;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
  }

  #search(input: ReferenceInput, text: string): void {
    clearTimeout(this.#timers.get(input.id));
    if (!text.trim()) return;
    this.#timers.set(
      input.id,
      window.setTimeout(async () => {
        const client = this.#signedIn().client.collection(collections[input.collection]);
        try {
          const { items } = await client.list({ q: text.trim(), limit: 20 });
          const found = items.map((record) => ({ id: String((record as { id: string }).id), name: titleOf(record as Record<string, unknown>) }));
          // A code typed whole (a region's 320500) is a record of its own, even when no name holds it.
          if (!found.some((option) => option.id === text.trim())) {
            const exact = await client.get(text.trim()).catch(() => null);
            if (exact) found.unshift({ id: text.trim(), name: titleOf(exact as Record<string, unknown>) });
          }
          this.#options.set(input.id, found);
          for (const option of found) this.#names.set(`${input.collection} ${option.id}`, option.name);
        } catch {
          this.#options.set(input.id, []);
        }
        this.#host.requestUpdate();
      }, 250),
    );
  }

  #nameOf(collection: CollectionName, id: string): string | undefined {
    const key = `${collection} ${id}`;
    const name = this.#names.get(key);
    if (name === undefined) {
      this.#names.set(key, "");
      void nameOf(this.#signedIn(), collection, id).then((found) => {
        this.#names.set(key, found === id ? "" : found);
        this.#host.requestUpdate();
      });
    }
    return name || undefined;
  }

  /** The input, its suggestions and the chosen record's name. */
  render(input: ReferenceInput) {
    const w = words(recordWords);
    const options = this.#options.get(input.id) ?? [];
    const chosen = input.value ? this.#nameOf(input.collection, input.value) : undefined;
    return html`<span class="picker">
      <input
        id=${input.id}
        type="text"
        autocomplete="off"
        spellcheck="false"
        list="${input.id}-options"
        .value=${live(input.value ?? "")}
        ?required=${input.required}
        aria-invalid=${input.invalid ? "true" : "false"}
        aria-describedby="${input.id}-chosen ${input.describedBy}"
        aria-label=${input.ariaLabel ?? (undefined as unknown as string)}
        placeholder=${w.pickerHint}
        @input=${(event: InputEvent) => {
          const text = (event.target as HTMLInputElement).value;
          input.onChange(text.trim() || null);
          this.#search(input, text);
        }}
      />
      <datalist id="${input.id}-options">${options.map((option) => html`<option value=${option.id}>${option.name}</option>`)}</datalist>
      <span class="chosen" id="${input.id}-chosen">${chosen ?? ""}</span>
    </span>`;
  }
}
