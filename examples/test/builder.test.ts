import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, test } from "node:test";
import type { Page } from "playwright-core";
import { assertAxeClean } from "./axe.js";
import { demoInChromium } from "./demo-in-chromium.js";
import { buildSnippetApp, freshPage, removeSnippetApp, serveToPage, typeCheckSnippetApp, type SnippetFiles } from "./snippet-apps.js";
import { openPage, settledWidgets } from "./widgets.js";

const session = demoInChromium();
const manifest = JSON.parse(await readFile(new URL("../../packages/elements/custom-elements.json", import.meta.url), "utf8"));
const school = "school-1108860d48";

interface ManifestElement {
  tagName: string;
  attributes?: Array<{ name: string; type?: { text: string } }>;
  cssProperties?: Array<{ name: string; default?: string }>;
}
const elements: ManifestElement[] = manifest.modules
  .flatMap((module: { declarations?: Array<ManifestElement & { customElement?: boolean }> }) => module.declarations ?? [])
  .filter((declaration: ManifestElement & { customElement?: boolean }) => declaration.customElement && declaration.tagName && declaration.tagName !== "cj-provider");

const literals = (type = "") => [...type.matchAll(/"([^"]*)"/g)].map(([, value]) => value!);

/** The builder's settings form as a user meets it: each control's kind and, for a select, its options. */
function controlsOf(page: Page) {
  return page.locator("form.settings").evaluate((form) =>
    Object.fromEntries(
      [...form.querySelectorAll("input, select")]
        .filter((control) => control.id)
        .map((control) => [
          control.id,
          {
            kind: control.localName === "select" ? "select" : control.getAttribute("role") ?? (control as HTMLInputElement).type,
            picker: control.hasAttribute("list"),
            options: control.localName === "select" ? [...(control as HTMLSelectElement).options].map((option) => option.value) : [],
          },
        ]),
    ),
  );
}

async function waitForCheck(page: Page) {
  await page.locator(".problems [role=status]").filter({ hasNotText: /正在|Checking/ }).waitFor({ timeout: 20_000 });
}

/** Every file of every snippet kind the builder offers, by the kind's label. */
async function snippetsOf(page: Page): Promise<Record<string, SnippetFiles>> {
  const snippets: Record<string, SnippetFiles> = {};
  for (const [kind, label] of [["cdn", "脚本标签"], ["npm", "npm 与 ES 模块"], ["react", "React"], ["vue", "Vue"]] as const) {
    await page.getByRole("radio", { name: label, exact: true }).check();
    snippets[kind] = Object.fromEntries(
      await page.locator("figure.file").evaluateAll((figures) => figures.map((figure) => [figure.getAttribute("data-file")!, figure.querySelector("pre")!.textContent!])),
    );
  }
  return snippets;
}

/** The widget a page shows, as a user would compare it: its tag, attributes, text and accent colour. */
async function widgetOn(page: Page) {
  const [widget] = await settledWidgets(page);
  assert.ok(widget, "the page shows a widget");
  assert.equal(widget.failed, false, `the widget shows no error: ${widget.text.slice(0, 200)}`);
  const look = await page.locator(widget.tag).evaluate((el) => ({
    attributes: Object.fromEntries([...el.attributes].filter((attribute) => attribute.name !== "style").map((attribute) => [attribute.name, attribute.value])),
    accent: getComputedStyle(el).getPropertyValue("--cj-color-accent").trim(),
  }));
  return { tag: widget.tag, text: widget.text, ...look };
}

for (const element of elements) {
  test(`the builder's controls for <${element.tagName}> follow the manifest, and axe finds nothing`, async () => {
    const { page, problems } = await openPage(session.browser, `${session.demo.url}/builder/?widget=${element.tagName}`);
    await waitForCheck(page);
    const controls = await controlsOf(page);
    for (const attribute of element.attributes ?? []) {
      const control = controls[`attribute-${attribute.name}`];
      assert.ok(control, `${attribute.name} has a control`);
      const values = literals(attribute.type?.text);
      if (attribute.type?.text === "boolean") assert.equal(control.kind, "switch", attribute.name);
      else if (attribute.name === "heading-level") assert.deepEqual(control.options, ["", "1", "2", "3", "4", "5", "6"]);
      else if (/-id$/.test(attribute.name) || attribute.name === "province") assert.ok(control.picker, `${attribute.name} is a searchable picker`);
      else if (values.length) assert.deepEqual(control.options, ["", ...values], `${attribute.name} offers its values`);
    }
    for (const token of element.cssProperties ?? []) {
      const control = controls[`token-${token.name.slice(2)}`];
      assert.ok(control, `${token.name} has a control`);
      if (/^#[0-9a-f]{6}$/i.test(token.default ?? "")) assert.equal(control.kind, "color", token.name);
    }
    assert.equal(Object.keys(controls).filter((id) => id.startsWith("attribute-")).length, element.attributes?.length ?? 0, "no control the manifest does not declare");
    await assertAxeClean(page, `the builder for ${element.tagName}`);
    assert.deepEqual(problems, [], "no errors in the page");
    await page.close();
  });
}

const built: string[] = [];
after(() => Promise.all(built.map(removeSnippetApp)));

test("a configuration built in the builder yields four snippets, each rendering the same widget with the same data in a fresh page or app", async () => {
  const { page, problems } = await openPage(session.browser, `${session.demo.url}/builder/`);
  await page.getByRole("radio", { name: /专业列表/ }).check();
  await page.locator("#attribute-school-id").fill(school);
  await page.locator("#attribute-school-id").press("Enter");
  await page.locator("#attribute-layout").selectOption("compact");
  await page.locator("#attribute-heading-level").selectOption("2");
  await page.locator("#lang").selectOption("en");
  await page.locator("details.tokens summary").click();
  await page.locator("#token-cj-color-accent").fill("#ffa657");
  await page.getByRole("radio", { name: "深色" }).check();
  await waitForCheck(page);
  assert.match(await page.locator(".problems").innerText(), /配置有效/);
  const preview = await widgetOn(page);
  assert.deepEqual(preview.attributes, { "school-id": school, layout: "compact", "heading-level": "2", lang: "en" });
  assert.equal(preview.accent, "#ffa657");
  await assertAxeClean(page, "the builder with a configuration, dark");

  const snippets = await snippetsOf(page);
  assert.match(snippets.cdn!.HTML!, new RegExp(`<script type="module" src="${session.demo.url}/cdn/chanjiao.js"></script>`));
  assert.match(snippets.cdn!.HTML!, /<cj-programme-list school-id="school-1108860d48" layout="compact" heading-level="2" lang="en"><\/cj-programme-list>/);
  assert.match(snippets.npm!.Terminal!, /npm install @chanjiao\/elements/);
  await assertAxeClean(page, "the builder showing the Vue snippet");

  const fresh = async (name: string, source: { html: string } | { dir: string }) => {
    const { page: other, problems: otherProblems } = await openPage(session.browser, "about:blank");
    const url = `${session.demo.url}/fresh-${name}/`;
    await serveToPage(other, url, source);
    await other.goto(url);
    const widget = await widgetOn(other);
    assert.deepEqual(otherProblems, [], `no errors in the ${name} page`);
    await other.close();
    return widget;
  };
  const cdn = await fresh("cdn", { html: freshPage(snippets.cdn!.HTML!) });
  assert.deepEqual(cdn, preview, "the script-tag snippet renders the preview's widget");
  for (const kind of ["npm", "react", "vue"] as const) {
    const out = await buildSnippetApp(kind, snippets[kind]!);
    built.push(out);
    if (kind !== "npm") await typeCheckSnippetApp(kind, out);
    const widget = await fresh(kind, { dir: out });
    // A framework sets a boolean or number as the element's property; the attributes a page author sees are the same.
    assert.deepEqual(widget, preview, `the ${kind} snippet renders the preview's widget`);
  }
  // The checks hold: a snippet that gives the widget a layout it does not have fails them.
  for (const kind of ["react", "vue"] as const) {
    const [name, text] = Object.entries(snippets[kind]!).find(([file]) => file.startsWith("ChanjiaoWidget."))!;
    assert.match(text, /layout="compact"/);
    const out = await buildSnippetApp(kind, { ...snippets[kind]!, [name]: text.replace('layout="compact"', 'layout="sideways"') });
    built.push(out);
    await assert.rejects(typeCheckSnippetApp(kind, out), new RegExp(`the ${kind} snippet does not type-check:[\\s\\S]*sideways`));
  }
  assert.deepEqual(problems, [], "no errors in the builder");
  await page.close();
});

test("the builder's state round-trips through its URL", async () => {
  const { page, problems } = await openPage(session.browser, `${session.demo.url}/builder/?widget=cj-talent-board`);
  await waitForCheck(page);
  await page.locator("#attribute-region").fill("330000");
  await page.locator("#attribute-region").press("Enter");
  await page.locator("#attribute-group-by").selectOption("level");
  await page.locator("#attribute-controls").check();
  await page.locator("details.tokens summary").click();
  await page.locator("#token-cj-radius").fill("4");
  await page.locator("#token-cj-radius").press("Enter");
  await page.getByRole("radio", { name: "手机" }).check();
  await waitForCheck(page);
  const shared = page.url();
  const url = new URL(shared);
  assert.equal(url.searchParams.get("region"), "330000");
  assert.equal(url.searchParams.get("--cj-radius"), "4px");
  assert.equal(url.searchParams.get("device"), "phone");
  const snippet = await snippetsOf(page);

  const { page: again, problems: againProblems } = await openPage(session.browser, shared);
  await waitForCheck(again);
  assert.equal(await again.locator("#attribute-region").inputValue(), "330000");
  assert.equal(await again.locator("#attribute-group-by").inputValue(), "level");
  assert.equal(await again.locator("#attribute-controls").isChecked(), true);
  assert.equal(await again.locator("#token-cj-radius").inputValue(), "4");
  assert.equal(await again.getByRole("radio", { name: "手机" }).isChecked(), true);
  assert.deepEqual(await snippetsOf(again), snippet, "the shared link gives the same snippets");
  assert.match(snippet.cdn!.HTML!, /<cj-talent-board region="330000" group-by="level" controls lang="zh-CN"><\/cj-talent-board>/);
  assert.deepEqual([...problems, ...againProblems], [], "no errors in the pages");
  await page.close();
  await again.close();
});

test("a school id the API does not hold is reported in the builder before the snippet reaches a site", async () => {
  const { page } = await openPage(session.browser, `${session.demo.url}/builder/?widget=cj-school-profile&school-id=no-such-school`);
  await waitForCheck(page);
  assert.match(await page.locator(".problems").innerText(), /school-id 的值 “no-such-school” 在接口中不存在/);
  assert.equal(await page.locator("#attribute-school-id").getAttribute("aria-invalid"), "true");
  await assertAxeClean(page, "the builder reporting a missing school");

  await page.locator("#attribute-school-id").fill(school);
  await page.locator("#attribute-school-id").press("Enter");
  await waitForCheck(page);
  assert.match(await page.locator(".problems").innerText(), /配置有效/);
  assert.equal(await page.locator("#attribute-school-id").getAttribute("aria-invalid"), null);
  await page.close();
});

test("a text colour too faint on the widget's surface is reported beside its token", async () => {
  const { page } = await openPage(session.browser, `${session.demo.url}/builder/?widget=cj-cooperation-card&--cj-color-accent=%23f0f0f0`);
  await waitForCheck(page);
  assert.match(await page.locator(".problems").innerText(), /--cj-color-accent 与 --cj-color-surface 的对比度只有 1\.1:1/);
  assert.equal(await page.locator("#token-cj-color-accent").getAttribute("aria-invalid"), "true");
  await page.getByRole("radio", { name: "深色" }).check();
  await waitForCheck(page);
  assert.match(await page.locator(".problems").innerText(), /配置有效/, "a light accent reads well on the dark surface");
  await page.close();
});

test("the builder speaks English, and is used by keyboard alone", async () => {
  const { page, problems } = await openPage(session.browser, `${session.demo.url}/builder/?widget=cj-cooperation-card&ui=en`);
  await waitForCheck(page);
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.getByRole("heading", { level: 1 }).innerText(), "Embed builder Chanjiao 产教");
  // From the chosen card of the gallery, the arrow keys choose the next widget.
  await page.getByRole("radio", { name: /Cooperation card/ }).focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForURL(/widget=cj-cooperation-list/);
  await waitForCheck(page);
  await page.locator("#attribute-kind").focus();
  await page.keyboard.press("ArrowDown");
  await page.waitForURL(/kind=/);
  await assertAxeClean(page, "the builder in English");
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});
