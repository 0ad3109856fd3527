import assert from "node:assert/strict";
import { test } from "node:test";
import { demoInChromium } from "./demo-in-chromium.js";
import { assertWidgetsShowData, openPage, settledWidgets } from "./widgets.js";

const session = demoInChromium();
const school = "school-1108860d48";

/** What the API says the page shows: the school's programme names and the cooperation project's name. */
async function expected(): Promise<{ programmes: string[]; project: string }> {
  const api = `${session.demo.url}/v1`;
  const programmes = (await (await fetch(`${api}/programmes?schoolId=${school}&limit=200`)).json()) as { items: Array<{ majorName: string }> };
  const project = (await (await fetch(`${api}/cooperation-projects/luban-thailand`)).json()) as { name: string };
  return { programmes: programmes.items.map((programme) => programme.majorName), project: project.name };
}

test("/school-site-rendered/ without JavaScript: its programmes, pathway and cooperation card are readable and their links work", async () => {
  const { programmes, project } = await expected();
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${session.demo.url}/school-site-rendered/`);
    const list = page.locator("cj-programme-list").first();
    const names = await list.locator('[part~="name"]').allInnerTexts();
    assert.ok(names.length > 0, "programmes are shown");
    assert.ok(names.every((name) => programmes.includes(name.trim())), `the school's programmes: ${names.join(", ")}`);
    assert.ok(await list.locator('[part~="name"]').first().isVisible());

    const steps = page.locator('cj-pathway [part~="step"]');
    assert.ok((await steps.count()) > 0, "the pathway's steps are drawn");
    assert.ok(await steps.first().isVisible());
    assert.match(await page.locator('cj-pathway [part~="title"]').first().innerText(), /能源动力与材料大类/);

    assert.match(await page.locator('cj-cooperation-card [part~="title"]').innerText(), new RegExp(project));
    const sources = await page.locator("cj-cooperation-card a[href]").evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    assert.ok(sources.length > 0 && sources.every((href) => /^https?:\/\//.test(href)), `the card's source links: ${sources.join(" ")}`);

    assert.equal(await page.locator('[aria-busy="true"]').count(), 0, "nothing is left loading");
    await list.locator('a[part~="pathway-link"]').first().click();
    assert.match(page.url(), /#pathway$/, "a programme's pathway link leads to the pathway");
  } finally {
    await context.close();
  }
});

test("/school-site/ without JavaScript shows none of that: the widgets are drawn by their script", async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${session.demo.url}/school-site/`);
    assert.equal(await page.locator('cj-programme-list [part~="name"]').count(), 0);
  } finally {
    await context.close();
  }
});

test("/school-site-rendered/ with JavaScript: the widgets take the page's answers and ask the API nothing", async () => {
  const { page, problems } = await openPage(session.browser, "about:blank");
  const asked: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/v1/")) asked.push(request.url());
  });
  await page.goto(`${session.demo.url}/school-site-rendered/`);
  assertWidgetsShowData(await settledWidgets(page), ["cj-school-profile", "cj-programme-list", "cj-pathway", "cj-cooperation-card"]);
  await page.evaluate(() => Promise.all([...document.querySelectorAll("cj-provider > *, cj-provider * ")].map((element) => (element as Element & { loadComplete?: Promise<void> }).loadComplete)));
  assert.deepEqual(asked, [], "no request to the API");
  assert.equal(await page.locator("cj-programme-list style").count(), 0, "the browser has drawn the widgets itself");
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});

test("/school-site-rendered/ carries the site's small stylesheet, so its first paint waits for no other file, and looks as /school-site/ does", async () => {
  const styleOf = async (path: string) => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const stylesheets: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "stylesheet") stylesheets.push(new URL(request.url()).pathname);
      });
      await page.goto(`${session.demo.url}${path}`);
      const body = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { fontFamily: style.fontFamily, maxWidth: style.maxWidth, color: style.color };
      });
      return { stylesheets, body };
    } finally {
      await context.close();
    }
  };
  const [authored, rendered] = [await styleOf("/school-site/"), await styleOf("/school-site-rendered/")];
  assert.deepEqual(authored.stylesheets, ["/plain-html/page.css"], "the page as written links its stylesheet");
  assert.deepEqual(rendered.stylesheets, [], "the drawn page asks for none");
  assert.equal(rendered.body.maxWidth, "1152px", "the site's own style applies");
  assert.deepEqual(rendered.body, authored.body);
});
