import { HttpError, ValidationError } from "@chanjiao/sdk";
import { expect, html, waitUntil } from "@open-wc/testing";
import type { TemplateResult } from "lit";
import "../define.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import { loaded } from "../test-support/every-widget.js";
import { mount, part, shownText } from "../test-support/widgets.js";

/** Widgets given a filter the data cannot take, the setting they must name, and the parameter the SDK refused. */
const cases: Array<{ tag: keyof HTMLElementTagNameMap; template: TemplateResult; setting: string; parameter: string }> = [
  { tag: "cj-talent-board", template: html`<cj-talent-board group-by="school"></cj-talent-board>`, setting: 'group-by="school"', parameter: "groupBy" },
  { tag: "cj-talent-board", template: html`<cj-talent-board region="99"></cj-talent-board>`, setting: 'region="99"', parameter: "region" },
  { tag: "cj-event-list", template: html`<cj-event-list kind="party"></cj-event-list>`, setting: 'kind="party"', parameter: "kind" },
  { tag: "cj-practice-centres", template: html`<cj-practice-centres function="dancing"></cj-practice-centres>`, setting: 'function="dancing"', parameter: "function" },
  { tag: "cj-provincial-lists", template: html`<cj-provincial-lists province="32"></cj-provincial-lists>`, setting: 'province="32"', parameter: "province" },
  { tag: "cj-province-profile", template: html`<cj-province-profile province="37"></cj-province-profile>`, setting: 'province="37"', parameter: "province" },
  { tag: "cj-pathway", template: html`<cj-pathway major-category="mc-46" region="jiangsu"></cj-pathway>`, setting: 'region="jiangsu"', parameter: "region" },
  { tag: "cj-consortium-map", template: html`<cj-consortium-map kind="town"></cj-consortium-map>`, setting: 'kind="town"', parameter: "kind" },
];

describe("a widget given a setting the data cannot take", () => {
  for (const { tag, template, setting, parameter } of cases) {
    describe(`<${tag} ${setting}>`, () => {
      it("names the setting, offers no Retry that could not help, and reports the SDK's error", async () => {
        const { widget, errors } = await mount(tag, template, { baseUrl: await apiUrl() });
        await loaded(widget);
        const alert = widget.shadowRoot!.querySelector('[role="alert"]');
        expect(alert, "an alert").to.exist;
        expect(shownText(alert!)).to.include(`设置无效：${setting}`);
        expect(part(widget, "retry"), "Retry button").to.equal(null);
        expect(errors.length, "cj-error events").to.equal(1);
        const { error } = errors[0]!;
        expect(error).to.be.instanceOf(ValidationError);
        expect((error as ValidationError).issues[0]!.path).to.equal(parameter);
        await expect(widget).to.be.accessible();
      });
    });
  }

  it("says it in English on an English page", async () => {
    const { widget } = await mount("cj-event-list", html`<cj-event-list kind="party"></cj-event-list>`, { baseUrl: await apiUrl() }, { lang: "en" });
    await loaded(widget);
    expect(shownText(widget.shadowRoot!.querySelector('[role="alert"]')!)).to.include(`Invalid setting: kind="party"`);
  });

  it("shows the data once the page corrects the setting", async () => {
    const { widget } = await mount("cj-talent-board", html`<cj-talent-board group-by="school" view="table"></cj-talent-board>`, { baseUrl: await apiUrl() });
    await loaded(widget);
    expect(widget.shadowRoot!.querySelector('[role="alert"]'), "alert before").to.exist;
    widget.setAttribute("group-by", "industry");
    await waitUntil(() => part(widget, "table"), "the table of the corrected grouping", { timeout: 8000 });
    expect(widget.shadowRoot!.querySelector('[role="alert"]'), "alert after").to.equal(null);
    expect(part(widget, "table")!.querySelectorAll("tbody tr").length, "groups drawn").to.be.greaterThan(0);
  });

  it("names the attribute behind a parameter of another name", async () => {
    const { widget } = await mount("cj-consortium-map", html`<cj-consortium-map province="32" view="list"></cj-consortium-map>`, { baseUrl: await apiUrl() });
    await loaded(widget);
    expect(shownText(widget.shadowRoot!)).to.include('设置无效：province="32"');
  });

  it("names a parameter the server refused with a 400 problem", async () => {
    const problem = { type: "urn:chanjiao:problem:invalid-parameters", title: "Invalid parameters", status: 400, errors: [{ path: "period", message: "must start before it ends" }] };
    const client = clientAnswering(() => Response.json(problem, { status: 400, headers: { "Content-Type": "application/problem+json" } }));
    const { widget, errors } = await mount("cj-talent-board", html`<cj-talent-board period="2030-2020"></cj-talent-board>`, { client });
    await loaded(widget);
    expect(shownText(widget.shadowRoot!)).to.include('设置无效：period="2030-2020"');
    expect(errors[0]!.error).to.be.instanceOf(HttpError);
  });

  it("keeps the Retry button for a failure that trying again can mend", async () => {
    const client = clientAnswering(() => Response.json({ type: "urn:chanjiao:problem:unavailable", title: "Unavailable", status: 503 }, { status: 503 }));
    const { widget } = await mount("cj-event-list", html`<cj-event-list kind="conference"></cj-event-list>`, { client });
    await loaded(widget);
    expect(part(widget, "retry"), "Retry button").to.exist;
    expect(shownText(widget.shadowRoot!)).not.to.include("设置无效");
  });
});
