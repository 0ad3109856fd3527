import { createClient, HttpError, regions, type BaseClient } from "@chanjiao/sdk";
import { ContextConsumer } from "@lit/context";
import { expect, fixture, html } from "@open-wc/testing";
import { LitElement } from "lit";
import "../define.js";
import { clientContext } from "../shared/context.js";
import { nextEvent } from "../test-support/events.js";

/** Shows which client a descendant receives, from inside its own shadow root. */
class ClientProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: clientContext, subscribe: true });
  get client(): BaseClient | undefined {
    return this.consumer.value;
  }
}
customElements.define("test-client-probe", ClientProbe);

/** Puts the probe one shadow root down, as a widget inside another component would be. */
class ShadowedProbe extends LitElement {
  get probe(): ClientProbe {
    return this.shadowRoot!.querySelector("test-client-probe")!;
  }
  protected override render() {
    return html`<test-client-probe></test-client-probe>`;
  }
}
customElements.define("test-shadowed-probe", ShadowedProbe);

declare global {
  interface HTMLElementTagNameMap {
    "test-client-probe": ClientProbe;
    "test-shadowed-probe": ShadowedProbe;
  }
}

describe("cj-provider", () => {
  it("creates a client from base-url and hands it through shadow roots", async () => {
    const provider = await fixture(html`
      <cj-provider base-url="https://api.invalid/v1"><test-shadowed-probe></test-shadowed-probe></cj-provider>
    `);
    const probe = provider.querySelector("test-shadowed-probe")!.probe;
    expect(probe.client?.collection).to.be.a("function");
  });

  it("uses a client set by the page instead of base-url", async () => {
    const pageClient = createClient({ baseUrl: "https://other.invalid/v1" });
    const provider = await fixture(html`
      <cj-provider base-url="https://api.invalid/v1" .client=${pageClient}><test-client-probe></test-client-probe></cj-provider>
    `);
    expect(provider.querySelector("test-client-probe")!.client).to.equal(pageClient);
  });

  it("gives each provider's children that provider's client", async () => {
    const page = await fixture(html`
      <div>
        <cj-provider base-url="https://one.invalid/v1"><test-client-probe id="one"></test-client-probe></cj-provider>
        <cj-provider base-url="https://two.invalid/v1"><test-client-probe id="two"></test-client-probe></cj-provider>
      </div>
    `);
    const one = page.querySelector<ClientProbe>("#one")!.client;
    const two = page.querySelector<ClientProbe>("#two")!.client;
    expect(one).to.not.equal(undefined);
    expect(two).to.not.equal(undefined);
    expect(one).to.not.equal(two);
  });

  it("hands a new client to its children when base-url changes", async () => {
    const provider = await fixture(html`
      <cj-provider base-url="https://one.invalid/v1"><test-client-probe></test-client-probe></cj-provider>
    `);
    const probe = provider.querySelector("test-client-probe")!;
    const first = probe.client;
    provider.setAttribute("base-url", "https://two.invalid/v1");
    await (provider as LitElement).updateComplete;
    expect(probe.client).to.not.equal(first);
  });

  it("with static, reads the files of a static export instead of querying the API", async () => {
    const provider = await fixture(html`
      <cj-provider base-url="https://static.invalid/v1" static><test-client-probe></test-client-probe></cj-provider>
    `);
    const probe = provider.querySelector("test-client-probe")!;
    const requested: string[] = [];
    const realFetch = window.fetch;
    window.fetch = async (input) => {
      requested.push(input instanceof Request ? input.url : String(input));
      return new Response("Not found", { status: 404 });
    };
    try {
      const error = await probe.client!.collection(regions).list({ parent: "320000" }).catch((reason: unknown) => reason);
      expect(error).to.be.instanceOf(HttpError);
      expect((error as HttpError).problem?.detail).to.include("is not in this static export");
      expect(requested).to.deep.equal(["https://static.invalid/v1/regions/q/parent.320000.json"]);

      const staticClient = probe.client;
      provider.removeAttribute("static");
      await (provider as LitElement).updateComplete;
      expect(probe.client).to.not.equal(staticClient);
      await probe.client!.collection(regions).list({ parent: "320000" }, { retry: 0 }).catch(() => undefined);
      expect(requested[1]).to.equal("https://static.invalid/v1/regions?parent=320000");
    } finally {
      window.fetch = realFetch;
    }
  });

  it("reports an unusable base-url and leaves its widgets without a client", async () => {
    const host = await fixture(html`<div></div>`);
    const provider = document.createElement("cj-provider");
    provider.setAttribute("base-url", "ftp://files.invalid/");
    provider.innerHTML = "<cj-cooperation-card project-id=\"x\"></cj-cooperation-card>";
    const failure = nextEvent(host, "cj-error");
    host.append(provider);
    expect((await failure).error).to.be.instanceOf(TypeError);
    const card = provider.querySelector("cj-cooperation-card")!;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.include("未连接数据源");
  });
});
