import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type Browser } from "playwright-core";
import { launchChromium } from "../../../examples/test/browser.ts";
import { type ConsoleSite, otherSchool, school, startConsoleSite } from "./console-site.ts";
import { consoleText, countElements, expectAxeClean, openConsole, signedIn, signIn } from "./console-page.ts";

let site: ConsoleSite;
let browser: Browser;

before(async () => {
  site = await startConsoleSite();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await site?.stop();
});

/** A programme of a school, with its ETag, read from the API. */
async function programmeOf(schoolId: string): Promise<{ id: string; majorName: string }> {
  const { items } = (await (await fetch(`${site.url}/v1/programmes?schoolId=${schoolId}&limit=1`)).json()) as { items: Array<{ id: string; majorName: string }> };
  return items[0]!;
}

async function record(path: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`${site.url}/v1/${path}`)).json()) as Record<string, unknown>;
}

describe("signing in", () => {
  it("says clearly when a key is malformed, wrong or revoked", async () => {
    const { page } = await openConsole(browser, site.url);
    await expectAxeClean(page, "the sign-in view");
    for (const [key, message] of [
      ["hello world", "这不是一个 API 密钥"],
      [`cjk_${"A".repeat(43)}`, "密钥无效或已被撤销"],
      [site.keys.revoked, "密钥无效或已被撤销"],
    ] as const) {
      await signIn(page, key);
      // The message of the attempt before goes as this one is sent.
      await page.waitForSelector(`cj-console >> [role=alert] >> text=${message}`);
    }
    await expectAxeClean(page, "the sign-in view with an error");
    await page.context().close();
  });

  it("shows the organisation, role and key prefix, keeps the key in this tab only, and forgets it on sign-out", async () => {
    const { page, problems } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.editor);
    const header = await page.locator("cj-console >> .who").innerText();
    assert.match(header, /常州工业职业技术学院/);
    assert.match(header, /编辑/);
    assert.ok(header.includes(site.keys.editor.slice(0, 10)) && !header.includes(site.keys.editor), "shown by its prefix only");
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage).includes("cjk_")), false, "never in localStorage");
    assert.equal(await page.evaluate(() => Object.values(sessionStorage).filter((value) => value.startsWith("cjk_")).length), 1);
    // A reload keeps the session of this tab.
    await page.reload();
    await page.waitForSelector("cj-console >> .who");
    await page.click("cj-console >> text=退出");
    await page.waitForSelector("cj-console >> #key");
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("works from the keyboard alone: sign in, reach a record, save it", async () => {
    const { page } = await openConsole(browser, site.url);
    await page.keyboard.press("Tab"); // the skip button
    await page.keyboard.press("Tab"); // the product's name
    await page.keyboard.press("Tab"); // the language switch
    await page.keyboard.press("Tab"); // the key
    await page.keyboard.type(site.keys.editor);
    await page.keyboard.press("Enter");
    await page.waitForSelector("cj-console >> cj-records-view >> tbody a");
    const link = page.locator("cj-console >> cj-records-view >> tbody a").first();
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("cj-console >> cj-record-editor >> form");
    const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id);
    assert.equal(focused, "main", "focus moves to the new view");
    await page.locator("cj-console >> cj-record-editor >> #f-enrolmentPlan").focus();
    await page.keyboard.press("Control+a");
    await page.keyboard.type("81");
    await page.keyboard.press("Enter");
    await page.waitForSelector("cj-console >> cj-record-editor >> .notice.ok");
    await page.context().close();
  });
});

describe("keeping programmes", () => {
  it("edits a programme, which the school-site's <cj-programme-list> then shows", async () => {
    const programme = await programmeOf(school);
    const { page, problems } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.editor);
    await page.waitForSelector("cj-console >> cj-records-view >> tbody a");
    await expectAxeClean(page, "the programmes table");
    await page.click(`cj-console >> cj-records-view >> a:text-is("${programme.majorName}")`);
    await page.waitForSelector("cj-console >> cj-record-editor >> form");
    await expectAxeClean(page, "the programme form");
    const renamed = `${programme.majorName}（现代学徒制试点）`;
    await page.fill("cj-console >> #f-majorName", renamed);
    await page.click("cj-console >> button:text-is('保存')");
    await page.waitForSelector("cj-console >> .notice.ok");
    assert.equal((await record(`programmes/${programme.id}`)).majorName, renamed);

    const sitePage = await page.context().newPage();
    await sitePage.goto(`${site.url}/school-site/`);
    await sitePage.waitForFunction((name) => document.querySelector("cj-programme-list")?.shadowRoot?.textContent?.includes(name), renamed, { timeout: 20_000 });
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("shows the server's and the contract's messages beside the fields they name", async () => {
    const programme = await programmeOf(school);
    const { page } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.editor);
    await page.evaluate((id) => (location.hash = `#/programmes/${id}`), programme.id);
    await page.waitForSelector("cj-console >> cj-record-editor >> form");
    await page.fill("cj-console >> #f-majorCategoryId", "mc-nowhere");
    await page.click("cj-console >> button:text-is('保存')");
    const error = page.locator("cj-console >> #f-majorCategoryId-error");
    await error.waitFor();
    assert.match(await error.innerText(), /在“专业大类”中找不到这条记录/);
    assert.equal(await page.locator("cj-console >> #f-majorCategoryId").getAttribute("aria-invalid"), "true");
    await expectAxeClean(page, "the form with a 422");
    await page.context().close();
  });

  it("on a change made meanwhile in another tab, shows what changed and reapplies the user's edits", async () => {
    const programme = await programmeOf(school);
    const first = await openConsole(browser, site.url);
    const second = await openConsole(browser, site.url);
    for (const { page } of [first, second]) {
      await signedIn(page, site.keys.editor);
      await page.evaluate((id) => (location.hash = `#/programmes/${id}`), programme.id);
      await page.waitForSelector("cj-console >> cj-record-editor >> form");
    }
    await second.page.fill("cj-console >> #f-enrolmentPlan", "123");
    await second.page.click("cj-console >> button:text-is('保存')");
    await second.page.waitForSelector("cj-console >> .notice.ok");

    await first.page.fill("cj-console >> #f-years", "4");
    await first.page.click("cj-console >> button:text-is('保存')");
    const panel = first.page.locator("cj-console >> cj-conflict-panel >> section");
    await panel.waitFor();
    const text = await panel.innerText();
    assert.match(text, /招生计划/);
    assert.match(text, /123/);
    assert.match(text, /学制/);
    await expectAxeClean(first.page, "the conflict panel");
    await first.page.click("cj-console >> cj-conflict-panel >> button.primary");
    await first.page.waitForSelector("cj-console >> .notice.ok");
    await first.page.click("cj-console >> button:text-is('保存')");
    await first.page.waitForFunction(() => document.querySelector("cj-console")?.shadowRoot?.querySelector("cj-record-editor")?.shadowRoot?.querySelector(".notice.ok")?.textContent?.includes("已保存"));
    const stored = await record(`programmes/${programme.id}`);
    assert.deepEqual([stored.enrolmentPlan, stored.years], [123, 4], "both changes kept");
    await first.page.context().close();
    await second.page.context().close();
  });

  it("shows who changed which fields in the record's history", async () => {
    const programme = await programmeOf(school);
    const { page } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.editor);
    await page.evaluate((id) => (location.hash = `#/programmes/${id}`), programme.id);
    await page.click("cj-console >> button:text-is('查看修改历史')");
    const history = page.locator("cj-console >> cj-record-history >> ol");
    await history.waitFor();
    const text = await history.innerText();
    assert.match(text, /本单位 编辑/);
    assert.match(text, /招生计划/);
    await expectAxeClean(page, "the history");
    await page.context().close();
  });

  it("asks before deleting, naming the record", async () => {
    const programme = await programmeOf(school);
    const { page } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.editor);
    await page.evaluate((id) => (location.hash = `#/programmes/${id}`), programme.id);
    await page.waitForSelector("cj-console >> cj-record-editor >> form");
    const name = String((await record(`programmes/${programme.id}`)).majorName);
    await page.click("cj-console >> button:text-is('删除')");
    const dialog = page.locator("cj-console >> dialog");
    await dialog.waitFor();
    assert.match(await dialog.innerText(), new RegExp(`确定删除“${name.replace(/[()（）]/g, ".")}”吗`));
    await expectAxeClean(page, "the delete dialog");
    await page.click("cj-console >> dialog >> button:text-is('确定删除')");
    await page.waitForSelector("cj-console >> cj-records-view");
    assert.equal((await fetch(`${site.url}/v1/programmes/${programme.id}`)).status, 404);
    await page.context().close();
  });
});

describe("an editor's reach", () => {
  it("lists only its own school's programmes and refuses another school's record", async () => {
    const { page } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.editor);
    await page.waitForSelector("cj-console >> cj-records-view >> tbody a");
    const { items } = (await (await fetch(`${site.url}/v1/programmes?schoolId=${school}&limit=200`)).json()) as { items: unknown[] };
    assert.equal(await page.locator("cj-console >> cj-records-view >> tbody tr").count(), items.length);
    const nav = await page.locator("cj-console >> .layout > nav").innerText();
    assert.doesNotMatch(nav, /行政区划|专业目录|人才供给|API 密钥/, "no reference data, no government records, no keys");
    const other = await programmeOf(otherSchool);
    await page.evaluate((id) => (location.hash = `#/programmes/${id}`), other.id);
    await page.waitForSelector("cj-console >> cj-record-editor >> [role=alert]");
    assert.match(await page.locator("cj-console >> cj-record-editor >> [role=alert]").innerText(), /其他单位维护/);
    assert.equal(await page.locator("cj-console >> cj-record-editor >> form").count(), 0);
    assert.ok(!(await consoleText(page)).includes(other.majorName), "nothing of the other school's record is shown");
    await page.context().close();
  });
});

describe("importing a file", () => {
  it("reports a bad row by line and column, and imports the fixed file", async () => {
    const template = await (await fetch(`${site.url}/v1/programmes/imports/template?format=csv&lang=zh-CN`, { headers: { Authorization: `Bearer ${site.keys.editor}` } })).text();
    const header = template.replace(/^\uFEFF/, "").trim();
    const columns = header.split(",");
    const row = (values: Record<string, string>) => columns.map((column) => values[column] ?? "").join(",");
    const good = { 学校编号: school, 专业代码: "460303", 专业名称: "电气自动化技术（订单班）", 专业大类编号: "mc-46", 层次: "高职专科", 学制: "3", 年份: "2026", 地区代码: "320400", 来源: "学校招生章程（2026）", 样例数据: "否" };
    const file = (second: Record<string, string>) => ({ name: "programmes.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\n${row(good)}\n${row(second)}\n`) });
    const { page } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.editor);
    await page.evaluate(() => (location.hash = "#/programmes/import"));
    const input = page.locator("cj-console >> cj-import-view >> input[type=file]");
    await input.setInputFiles(file({ ...good, 专业代码: "460305", 专业名称: "工业机器人技术", 学制: "9" }));
    const report = page.locator("cj-console >> cj-import-view >> table");
    await report.waitFor();
    const text = await report.innerText();
    assert.match(text, /3\s+学制/);
    await expectAxeClean(page, "the import report");
    await input.setInputFiles(file({ ...good, 专业代码: "460305", 专业名称: "工业机器人技术" }));
    await page.click("cj-console >> cj-import-view >> button:text-is('导入这 2 行')");
    await page.waitForSelector("cj-console >> cj-import-view >> .notice.ok >> text=导入完成");
    assert.match(await page.locator("cj-console >> cj-import-view >> .notice.ok").innerText(), /新建 2 条/);
    const { items } = (await (await fetch(`${site.url}/v1/programmes?schoolId=${school}&q=${encodeURIComponent("工业机器人")}`)).json()) as { items: unknown[] };
    assert.equal(items.length, 1);
    await page.context().close();
  });
});

describe("importing talent demand", () => {
  it("offers a publisher the import of its postings and imports its own file", async () => {
    const { page } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.editor);
    await page.evaluate(() => (location.hash = "#/talent-demand"));
    await page.click("cj-console >> cj-records-view >> a:text-is('从文件导入')");
    const input = page.locator("cj-console >> cj-import-view >> input[type=file]");
    const header = "发布单位编号,地区代码,产业,岗位,专业大类编号,层次,需求人数,年度,状态,发布时间,来源";
    const posting = `${school},320400,新材料,材料检测员（校企订单）,mc-43,高职专科,6,2044,招聘中,2044-03-01,学校合作企业招聘计划`;
    await input.setInputFiles({ name: "招聘计划.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\n${posting}\n`) });
    await page.click("cj-console >> cj-import-view >> button:text-is('导入这 1 行')");
    await page.waitForSelector("cj-console >> cj-import-view >> .notice.ok >> text=导入完成");
    const { items } = (await (await fetch(`${site.url}/v1/talent-demand?publisherId=${school}&period=2044`)).json()) as { items: Array<{ headcount: number }> };
    assert.deepEqual(items.map((item) => item.headcount), [6]);
    await page.context().close();
  });
});

describe("reviewing demand submissions", () => {
  /** A submission of the reviewer's region, sent as the public form sends it; its reference. */
  async function submit(enterpriseName: string, headcount: number): Promise<string> {
    const body = { enterpriseName, creditCode: "91350100M000100Y43", contactName: "王敏", contact: "0512-6688 1234", region: site.reviewedRegion, industry: "新材料", occupation: "材料检测员", majorCategoryId: "mc-43", level: "高职专科", headcount, period: 2043 };
    const response = await fetch(`${site.url}/v1/submissions`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    assert.equal(response.status, 202, await response.clone().text());
    return ((await response.json()) as { ref: string }).ref;
  }
  const published = async () => ((await (await fetch(`${site.url}/v1/talent-demand?region=${site.reviewedRegion}&period=2043`)).json()) as { items: Array<{ headcount: number }> }).items;
  const row = (enterprise: string) => `cj-console >> cj-review-view >> tbody tr:has(th:has-text("${enterprise}"))`;

  it("approves one submission into the talent-demand list and rejects another with a reason read back by reference", async () => {
    const approved = "常州精工材料有限公司";
    const rejected = "<b>常州某某科技</b>";
    await submit(approved, 17);
    const rejectedRef = await submit(rejected, 3);
    assert.deepEqual(await published(), [], "nothing is published while pending");

    const { page, problems } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.reviewer);
    await page.click("cj-console >> nav >> a:text-is('需求审核')");
    await page.waitForSelector(row(approved));
    assert.match(await page.locator(row(approved)).innerText(), /王敏[\s\S]*0512-6688 1234[\s\S]*材料检测员[\s\S]*17/);
    await expectAxeClean(page, "the review queue");

    await page.click(`${row(approved)} >> button.primary`);
    const dialog = page.locator("cj-console >> cj-review-view >> dialog");
    assert.match(await dialog.innerText(), new RegExp(`确定通过“${approved}”的需求吗`));
    await expectAxeClean(page, "the approval dialog");
    await page.click("cj-console >> cj-review-view >> dialog >> button:text-is('确定通过')");
    await page.waitForSelector(`cj-console >> cj-review-view >> .notice.ok >> text=已通过“${approved}”的需求`);
    assert.equal(await page.locator(row(approved)).count(), 0, "the queue updates");
    assert.deepEqual((await published()).map((posting) => posting.headcount), [17], "counted in the talent-demand list");

    await page.click(`${row(rejected)} >> button.danger`);
    assert.match(await dialog.innerText(), new RegExp(`凭受理编号 ${rejectedRef} 查询时可以看到`));
    await page.click("cj-console >> cj-review-view >> dialog >> button:text-is('确定退回')");
    await page.waitForSelector("cj-console >> cj-review-view >> #reason-error >> text=请填写退回理由");
    assert.equal(await page.locator("cj-console >> cj-review-view >> #reason").getAttribute("aria-invalid"), "true");
    await expectAxeClean(page, "the rejection dialog with an error");
    await page.fill("cj-console >> cj-review-view >> #reason", "岗位信息不完整，请补充工作地点后重新提交。");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.waitForSelector("cj-console >> cj-review-view >> .notice.ok >> text=已退回");
    const state = (await (await fetch(`${site.url}/v1/submissions/${rejectedRef}`)).json()) as { status: string; reason: string };
    assert.deepEqual([state.status, state.reason], ["rejected", "岗位信息不完整，请补充工作地点后重新提交。"]);
    assert.equal(await page.locator("cj-console >> cj-review-view >> tbody tr").count(), 0);
    await expectAxeClean(page, "the empty queue");

    await page.click("cj-console >> cj-review-view >> button:text-is('已退回')");
    await page.waitForSelector(`${row(rejected)} >> text=岗位信息不完整`);
    assert.equal(await countElements(page, "b"), 0, "the enterprise's name is text");
    assert.deepEqual(problems, []);
    await page.context().close();
  });

  it("leads an admin to the published posting; another region's reviewer sees none of it; a non-reviewer has no queue", async () => {
    const enterprise = "常州新锐装备有限公司";
    await submit(enterprise, 9);
    const other = await openConsole(browser, site.url);
    await signedIn(other.page, site.keys.otherReviewer);
    await other.page.evaluate(() => (location.hash = "#/reviews"));
    await other.page.waitForSelector("cj-console >> cj-review-view >> .notice");
    assert.ok(!(await consoleText(other.page)).includes(enterprise));
    await other.page.context().close();

    const school = await openConsole(browser, site.url);
    await signedIn(school.page, site.keys.otherEditor);
    await school.page.waitForSelector("cj-console >> nav a");
    assert.doesNotMatch(await school.page.locator("cj-console >> .layout > nav").innerText(), /需求审核/);
    await school.page.context().close();

    const { page } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.admin);
    await page.evaluate(() => (location.hash = "#/reviews"));
    await page.click(`${row(enterprise)} >> button.primary`);
    await page.click("cj-console >> cj-review-view >> dialog >> button:text-is('确定通过')");
    await page.click("cj-console >> cj-review-view >> .notice.ok >> a:text-is('查看已发布的需求')");
    await page.waitForSelector("cj-console >> cj-record-editor >> form");
    assert.equal(await page.inputValue("cj-console >> #f-headcount"), "9");
    await page.context().close();
  });
});

describe("API keys", () => {
  it("lets an admin issue a key, shown once with a copy button, and revoke it", async () => {
    const { page } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.admin);
    await page.evaluate(() => (location.hash = "#/keys"));
    await page.waitForSelector("cj-console >> cj-keys-view >> tbody tr");
    await page.fill("cj-console >> cj-keys-view >> #f-organisationId", otherSchool);
    await page.fill("cj-console >> cj-keys-view >> #f-name", "招生办");
    await page.click("cj-console >> cj-keys-view >> button:text-is('发放密钥')");
    const secret = page.locator("cj-console >> cj-keys-view >> code");
    await secret.waitFor();
    const key = (await secret.innerText()).trim();
    assert.match(key, /^cjk_/);
    assert.equal(await page.locator("cj-console >> cj-keys-view >> button:text-is('复制密钥')").count(), 1);
    await expectAxeClean(page, "the new key");
    await page.click("cj-console >> cj-keys-view >> button:text-is('我已保存，关闭')");
    assert.equal(await page.locator("cj-console >> cj-keys-view >> code").count(), 0, "the secret is shown once");
    const session = await fetch(`${site.url}/v1/me`, { headers: { Authorization: `Bearer ${key}` } });
    assert.equal(session.status, 200);

    await page.click(`cj-console >> cj-keys-view >> button[aria-label="撤销 ${key.slice(0, 10)}"]`);
    const dialog = page.locator("cj-console >> cj-keys-view >> dialog");
    assert.match(await dialog.innerText(), new RegExp(key.slice(0, 10)));
    await page.click("cj-console >> cj-keys-view >> dialog >> button:text-is('确定撤销')");
    await page.waitForSelector("cj-console >> cj-keys-view >> .notice.ok");
    assert.equal((await fetch(`${site.url}/v1/me`, { headers: { Authorization: `Bearer ${key}` } })).status, 401);
    await expectAxeClean(page, "the keys list");
    await page.context().close();
  });
});

describe("hostile strings", () => {
  it("render as text in the header, the table, the form and the conflict panel", async () => {
    const hostile = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>"'&{{7*7}}\${7*7}`;
    const programme = await programmeOf(school);
    const read = await fetch(`${site.url}/v1/programmes/${programme.id}`);
    const patched = await fetch(`${site.url}/v1/programmes/${programme.id}`, {
      method: "PATCH",
      headers: { Authorization: `Bearer ${site.keys.admin}`, "Content-Type": "application/json", "If-Match": read.headers.get("etag")! },
      body: JSON.stringify({ majorName: hostile, majorCode: hostile, source: hostile }),
    });
    assert.equal(patched.status, 200, await patched.text());
    const schoolRecord = await fetch(`${site.url}/v1/organisations/${school}`);
    const renamed = await fetch(`${site.url}/v1/organisations/${school}`, {
      method: "PATCH",
      headers: { Authorization: `Bearer ${site.keys.admin}`, "Content-Type": "application/json", "If-Match": schoolRecord.headers.get("etag")! },
      body: JSON.stringify({ name: `常州工业职业技术学院${hostile}` }),
    });
    assert.equal(renamed.status, 200, await renamed.text());

    const { page, problems } = await openConsole(browser, site.url);
    await signedIn(page, site.keys.editor);
    await page.waitForSelector("cj-console >> cj-records-view >> tbody a");
    assert.ok((await page.locator("cj-console >> .who").innerText()).includes(hostile));
    assert.ok((await consoleText(page)).includes(hostile), "the table shows the text as it is");
    await page.evaluate((id) => (location.hash = `#/programmes/${id}`), programme.id);
    await page.waitForSelector("cj-console >> cj-record-editor >> form");
    assert.equal(await page.inputValue("cj-console >> #f-majorName"), hostile);
    assert.equal(await page.inputValue("cj-console >> #f-source"), hostile);
    assert.equal(await countElements(page, "img, script:not([src])"), 0);
    assert.equal(await page.evaluate(() => (window as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(problems, []);
    await page.context().close();
  });
});

describe("every view at a glance", () => {
  it("is axe-clean in English at 390 px too", async () => {
    const { page } = await openConsole(browser, site.url, { lang: "en", width: 390 });
    await expectAxeClean(page, "the sign-in view, en, 390 px");
    await signedIn(page, site.keys.admin);
    for (const hash of ["#/programmes", "#/organisations", "#/consortia/new", "#/programmes/import", "#/keys", "#/reviews"]) {
      await page.evaluate((target) => (location.hash = target), hash);
      await page.waitForFunction(() => !document.querySelector("cj-console")?.shadowRoot?.querySelector("main [role=status]"));
      await page.waitForTimeout(300);
      await expectAxeClean(page, `${hash}, en, 390 px`);
    }
    await page.context().close();
  });
});
