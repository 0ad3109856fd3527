import { createClient, type ChanjiaoClient } from "@chanjiao/sdk";
import { expect, html } from "@open-wc/testing";
import "../provider/define.js";
import "./define.js";
import { apiUrl } from "../test-support/api.js";
import { loaded } from "../test-support/every-widget.js";
import { nextEvent } from "../test-support/events.js";
import { hostileCorpus } from "../test-support/hostile-corpus.js";
import { mount, part, shownText } from "../test-support/widgets.js";
import type { CjDemandForm } from "./cj-demand-form.js";

declare global {
  interface Window {
    __pwned?: number;
  }
}

const control = (form: CjDemandForm, name: string) => form.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
const messageOf = (form: CjDemandForm, name: string) => form.shadowRoot!.getElementById(control(form, name).getAttribute("aria-describedby")!.split(" ").find((id) => id.endsWith("-error"))!)?.textContent?.trim();

function fill(form: CjDemandForm, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const field = control(form, name);
    field.value = value;
    field.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  }
}

async function submit(form: CjDemandForm): Promise<void> {
  part(form, "submit")!.click();
  await form.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await form.updateComplete;
}

let serial = 0;
/** A submission the contract takes, different each time, in 苏州 (320500). */
function valid(): Record<string, string> {
  serial += 1;
  return {
    enterpriseName: `苏州测试精工有限公司${Date.now()}`,
    creditCode: "91350100m000100y43",
    contactName: "王敏",
    contact: "0512-66881234",
    occupation: "数控设备调试员",
    industry: "高档数控机床和机器人",
    majorCategoryId: "mc-46",
    level: "高职专科",
    headcount: String(10 + serial),
    period: "2042",
    region: "320500",
  };
}

describe("cj-demand-form against the API server", () => {
  let baseUrl: string;
  let api: ChanjiaoClient;

  before(async () => {
    baseUrl = await apiUrl();
    api = createClient({ baseUrl });
  });

  async function mountForm(lang = "zh-CN", attributes = html`<cj-demand-form province="320000" region="320500"></cj-demand-form>`) {
    const { widget, errors } = await mount("cj-demand-form", attributes, { baseUrl }, { lang });
    await loaded(widget);
    return { form: widget, errors };
  }

  it("fills its pickers from the API: the province's cities and the 19 major categories, in the page's language", async () => {
    const { form } = await mountForm("en");
    const categories = [...control(form, "majorCategoryId").querySelectorAll("option")].slice(1);
    expect(categories.length).to.equal(19);
    expect(categories.map((option) => option.textContent)).to.include("Equipment manufacturing");
    const cities = [...control(form, "region").querySelectorAll("option")].slice(1).map((option) => option.value);
    expect(cities).to.include("320500");
    expect(cities.every((code) => code.startsWith("32"))).to.equal(true);
    expect((control(form, "region") as HTMLSelectElement).value).to.equal("320500");
  });

  it("says beside each field what it needs, in Chinese, and focuses the first bad field", async () => {
    const { form } = await mountForm();
    fill(form, { creditCode: "91350100M000100Y44", contact: "不是电话", headcount: "十二" });
    await submit(form);
    expect(messageOf(form, "enterpriseName")).to.equal("请填写此项。");
    expect(messageOf(form, "creditCode")).to.equal("请填写 18 位统一社会信用代码，并核对最后一位校验码。");
    expect(messageOf(form, "contact")).to.equal("请填写有效的电话号码或电子邮箱。");
    expect(messageOf(form, "headcount")).to.equal("需求人数应为 1 至 1,000,000 之间的整数。");
    expect(messageOf(form, "industry")).to.equal("请选择所属产业。");
    expect(control(form, "creditCode").getAttribute("aria-invalid")).to.equal("true");
    expect(control(form, "creditCode").getAttribute("aria-describedby")).to.equal("creditCode-hint creditCode-error");
    expect(form.shadowRoot!.activeElement).to.equal(control(form, "enterpriseName"));
    expect(shownText(form.shadowRoot!)).to.match(/有 \d+ 项需要修改/);
    await expect(form).to.be.accessible();
  });

  it("says the same in English on an English page", async () => {
    const { form } = await mountForm("en");
    fill(form, { ...valid(), creditCode: "ABC" });
    await submit(form);
    expect(messageOf(form, "creditCode")).to.equal("Enter the 18-character unified social credit code and check its last character.");
    expect(form.shadowRoot!.activeElement).to.equal(control(form, "creditCode"));
    expect(shownText(form.shadowRoot!)).to.include("1 field needs correcting");
    expect(shownText(form.shadowRoot!)).not.to.match(/请填写|企业名称/);
  });

  it("sends a valid submission, shows its reference number and fires cj-submit and cj-submitted; the API has it pending", async () => {
    const { form } = await mountForm();
    const values = valid();
    fill(form, values);
    const submitted = nextEvent(form, "cj-submitted");
    const submitting = nextEvent(form, "cj-submit");
    part(form, "submit")!.click();
    expect((await submitting).submission.creditCode).to.equal("91350100M000100Y43");
    const { ref } = await submitted;
    await form.updateComplete;
    expect(part(form, "ref")!.textContent).to.equal(ref);
    expect(shownText(form.shadowRoot!)).to.include("已提交，等待审核。");
    expect(form.shadowRoot!.activeElement).to.equal(part(form, "receipt"));
    expect(await api.submissions.status(ref)).to.deep.equal({ ref, status: "pending", reason: null });
    await expect(form).to.be.accessible();
  });

  it("sends nothing when the page cancels cj-submit", async () => {
    const { form } = await mountForm();
    fill(form, valid());
    form.addEventListener("cj-submit", (event) => event.preventDefault(), { once: true });
    await submit(form);
    expect(part(form, "receipt")).to.equal(null);
  });

  it("keeps hostile strings as text in its fields and messages", async () => {
    const { form } = await mountForm();
    for (const hostile of hostileCorpus) {
      fill(form, { enterpriseName: hostile.value, contactName: hostile.value, occupation: hostile.value, contact: hostile.value, creditCode: hostile.value });
      await submit(form);
      expect(control(form, "enterpriseName").value).to.equal(hostile.value);
      expect(messageOf(form, "creditCode"), hostile.name).to.equal("请填写 18 位统一社会信用代码，并核对最后一位校验码。");
      expect(form.shadowRoot!.querySelectorAll("script, img, svg").length, hostile.name).to.equal(0);
    }
    expect(window.__pwned).to.equal(undefined);
  });

  it("refuses 10,000-character strings with a message beside each field", async () => {
    const { form } = await mountForm("en");
    fill(form, { ...valid(), enterpriseName: "长".repeat(10_000), occupation: "x".repeat(10_000) });
    await submit(form);
    expect(messageOf(form, "enterpriseName")).to.equal("At most 200 characters.");
    expect(messageOf(form, "occupation")).to.equal("At most 200 characters.");
    expect(part(form, "receipt")).to.equal(null);
  });
});
