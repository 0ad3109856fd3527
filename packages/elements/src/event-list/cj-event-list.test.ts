import { createClient, type ChanjiaoClient, type Event as EventRecord } from "@chanjiao/sdk";
import { expect, html } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import "../provider/define.js";
import "./define.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import { nextEvent } from "../test-support/events.js";
import { expectInsideBox, listPage, mount, part, parts, settled, shownText } from "../test-support/widgets.js";
import type { CjEventList } from "./cj-event-list.js";

const conference: EventRecord = {
  id: "test-conference",
  name: "世界职业技术教育发展大会",
  nameEn: "World Vocational and Technical Education Development Conference",
  kind: "conference",
  start: "2024-11-20",
  end: "2024-11-22",
  place: "天津",
  placeEn: "Tianjin",
  organisers: "教育部",
  organisersEn: "Ministry of Education",
  organiserIds: [],
  theme: "创新赋能未来",
  themeEn: "Innovation empowers the future",
  scale: "代表 1200 余名",
  scaleEn: "1,200+ delegates",
  note: null,
  source: "Test fixture",
  citations: [],
  sample: false,
};

const at = (day: string) => new Date(`${day}T12:00:00`);

function namesIn(list: CjEventList, section: "upcoming" | "past"): string[] {
  return [...part(list, section)!.querySelectorAll('[part~="title"]')].map((title) => title.textContent!.trim());
}

async function withEvents(client: ChanjiaoClient, now: Date, options: { lang?: string; width?: number; kind?: string } = {}) {
  const mounted = await mount("cj-event-list", html`<cj-event-list .now=${now} kind=${options.kind ?? ""}></cj-event-list>`, { client }, options);
  await settled(mounted.widget);
  return mounted;
}

describe("cj-event-list against the API server", () => {
  let api: ChanjiaoClient;
  let all: EventRecord[];

  before(async () => {
    api = createClient({ baseUrl: await apiUrl() });
    all = (await api.events.list({ limit: 200 })).items;
  });

  it("puts an event running today among the upcoming ones and earlier ones among the past", async () => {
    const running = all
      .filter((event) => event.start !== null && event.end !== null && event.start < event.end)
      .sort((a, b) => b.start!.localeCompare(a.start!))[0]!;
    expect(running, "the seeded database has an event of several days").to.not.equal(undefined);
    const { widget } = await withEvents(api, at(running.end!));
    const upcoming = namesIn(widget, "upcoming");
    const past = namesIn(widget, "past");
    expect(upcoming).to.include(running.name);
    expect([...upcoming, ...past]).to.have.members(all.map((event) => event.name));
    const earlier = all.filter((event) => event.start !== null && event.start.slice(0, 4) < running.start!.slice(0, 4));
    expect(earlier.length).to.be.above(0);
    for (const event of earlier) expect(past).to.include(event.name);
  });

  it("lists every event as past after they have all ended, and as upcoming before any began", async () => {
    const { widget: later } = await withEvents(api, at("2099-01-01"));
    expect(namesIn(later, "past")).to.have.members(all.map((event) => event.name));
    expect(shownText(part(later, "upcoming")!)).to.include("暂无即将举行的活动");

    const dated = all.filter((event) => event.start !== null);
    const { widget: earlier } = await withEvents(api, at("1999-01-01"));
    expect(namesIn(earlier, "upcoming")).to.have.members(dated.map((event) => event.name));
  });

  it("shows only the kind its attribute names", async () => {
    const competitions = (await api.events.list({ kind: "competition", limit: 200 })).items;
    expect(competitions.length).to.be.above(0).and.below(all.length);
    const { widget } = await withEvents(api, at("2099-01-01"), { kind: "competition" });
    expect(namesIn(widget, "past")).to.have.members(competitions.map((event) => event.name));
    expect(shownText(part(widget, "past")!)).to.include("大赛");
  });

  it("speaks English under lang=en and passes an accessibility audit", async () => {
    const { widget } = await withEvents(api, at("2024-11-21"), { lang: "en" });
    const text = shownText(widget.shadowRoot!);
    expect(text).to.include("Upcoming");
    expect(text).to.include("Past events");
    expect(text).to.include("Source");
    await expect(widget).to.be.accessible();
  });

  it("names, places and sizes the seeded events in the page's language, and keeps the researchers' notes from visitors", async () => {
    const { widget: zh } = await withEvents(api, at("2024-11-21"));
    const { widget: en } = await withEvents(api, at("2024-11-21"), { lang: "en" });
    const zhText = shownText(zh.shadowRoot!);
    const enText = shownText(en.shadowRoot!);
    expect(zhText).to.include("2024年世界职业技术教育发展大会");
    expect(zhText).to.include("国家会展中心（天津）");
    expect(zhText).to.include("代表 1200 余名");
    expect(zhText).to.not.include("delegates");
    expect(enText).to.include("2024 World Vocational and Technical Education Development Conference");
    expect(enText).to.include("National Exhibition and Convention Center (Tianjin)");
    expect(enText).to.include("1,200+ delegates");
    expect(enText).to.not.include("国家会展中心");
    const notes = all.flatMap((event) => (event.note ? [event.note] : []));
    expect(notes.length, "the seed keeps notes on some events").to.be.greaterThan(0);
    for (const note of notes) expect(zhText + enText).to.not.include(note);
  });
});

describe("cj-event-list dates", () => {
  it("shows a range of full dates as one range, naming the shared year and month once, in each locale", async () => {
    const { widget: zh } = await withEvents(clientAnswering(() => listPage([conference])), at("2024-11-21"));
    const { widget: en } = await withEvents(clientAnswering(() => listPage([conference])), at("2024-11-21"), { lang: "en" });
    expect(part(zh, "date")!.textContent).to.equal("2024年11月20日至22日");
    expect(part(en, "date")!.textContent).to.equal("November 20 – 22, 2024");
    expect(part(zh, "date")!.getAttribute("datetime")).to.equal("2024-11-20");
  });

  it("counts an event known only by its month as upcoming until that month ends", async () => {
    const week = { ...conference, id: "week", name: "职业教育活动周", kind: "activity-week" as const, start: "2025-05", end: null };
    const { widget: during } = await withEvents(clientAnswering(() => listPage([week])), at("2025-05-31"));
    expect(namesIn(during, "upcoming")).to.deep.equal([week.name]);
    expect(part(during, "date")!.textContent).to.equal("2025年5月");
    const { widget: after } = await withEvents(clientAnswering(() => listPage([week])), at("2025-06-01"));
    expect(namesIn(after, "past")).to.deep.equal([week.name]);
  });

  it("orders upcoming events soonest first and past events latest first", async () => {
    const on = (start: string) => ({ ...conference, id: `e-${start}`, name: `活动 ${start}`, start, end: null });
    const records = ["2023-03-01", "2026-01-01", "2021-06-01", "2025-12-01"].map(on);
    const { widget } = await withEvents(clientAnswering(() => listPage(records)), at("2024-01-01"));
    expect(namesIn(widget, "upcoming")).to.deep.equal(["活动 2025-12-01", "活动 2026-01-01"]);
    expect(namesIn(widget, "past")).to.deep.equal(["活动 2023-03-01", "活动 2021-06-01"]);
  });
});

describe("cj-event-list states", () => {
  afterEach(() => emulateMedia({ colorScheme: "light" }));

  it("shows an aria-busy loading state until the events arrive", async () => {
    let answer!: (value: unknown) => void;
    const pending = new Promise((resolve) => (answer = resolve));
    const { widget } = await mount("cj-event-list", html`<cj-event-list .now=${at("2024-01-01")}></cj-event-list>`, { client: clientAnswering(() => pending) });
    await widget.updateComplete;
    expect(part(widget, "base")!.getAttribute("aria-busy")).to.equal("true");
    answer(listPage([conference]));
    await settled(widget);
    expect(namesIn(widget, "upcoming")).to.deep.equal([conference.name]);
  });

  it("says so when there are no events", async () => {
    const { widget } = await withEvents(clientAnswering(() => listPage([])), at("2024-01-01"));
    expect(shownText(widget.shadowRoot!)).to.include("没有符合条件的活动");
    expect(part(widget, "upcoming")).to.equal(null);
    await expect(widget).to.be.accessible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`shows the error state, fires cj-error, passes axe and recovers on Retry (${colorScheme})`, async () => {
      await emulateMedia({ colorScheme });
      let failing = true;
      const { widget, errors } = await withEvents(
        clientAnswering(() => (failing ? new Response(null, { status: 500 }) : listPage([conference]))),
        at("2024-01-01"),
      );
      expect(errors).to.have.length(1);
      expect(shownText(widget.shadowRoot!)).to.include("活动加载失败");
      await expect(widget).to.be.accessible();

      failing = false;
      part(widget, "retry")!.click();
      await settled(widget);
      expect(namesIn(widget, "upcoming")).to.deep.equal([conference.name]);
    });
  }

  it("renders missing dates, place, organisers, theme and scale without null or undefined, and long names inside a narrow box", async () => {
    const bare = { ...conference, name: "Conference".repeat(30), start: null, end: null, place: null, organisers: null, theme: null, scale: null };
    const { widget } = await withEvents(clientAnswering(() => listPage([bare])), at("2024-01-01"), { width: 280 });
    expect(namesIn(widget, "past")).to.deep.equal([bare.name]);
    const text = shownText(widget.shadowRoot!);
    expect(text).to.not.match(/null|undefined/);
    expect(text).to.not.include("地点");
    expect(part(widget, "date")).to.equal(null);
    expectInsideBox(widget);
  });

  it("pages each section of 500 events on its own", async () => {
    const many = Array.from({ length: 500 }, (_, index) => ({
      ...conference,
      id: `event-${index}`,
      name: `活动 ${index}`,
      start: `${2000 + Math.floor(index / 10)}-01-${String((index % 10) + 10)}`,
      end: null,
    }));
    const { widget } = await withEvents(clientAnswering(() => listPage(many)), at("2025-01-01"));
    expect(parts(widget, "item")).to.have.length(20);
    const [upcomingPager, pastPager] = parts(widget, "pager");
    expect(upcomingPager!.textContent).to.include("第 1 / 25 页");
    expect(pastPager!.textContent).to.include("第 1 / 25 页");
    expect(namesIn(widget, "upcoming")[0]).to.equal("活动 250");
    expect(namesIn(widget, "past")[0]).to.equal("活动 249");

    [...pastPager!.querySelectorAll("button")].find((button) => button.textContent === "下一页")!.click();
    await widget.updateComplete;
    expect(namesIn(widget, "past")[0]).to.equal("活动 239");
    expect(namesIn(widget, "upcoming")[0]).to.equal("活动 250");
  });
});

describe("cj-event-list selection", () => {
  it("fires cj-select with the event on Enter and on click", async () => {
    const { widget } = await withEvents(clientAnswering(() => listPage([conference])), at("2024-01-01"));
    const button = part(widget, "title")!.querySelector("button")!;
    button.focus();
    const pressed = nextEvent(widget, "cj-select");
    await sendKeys({ press: "Enter" });
    expect((await pressed).value).to.deep.equal(conference);
    const clicked = nextEvent(widget, "cj-select");
    button.click();
    expect((await clicked).value).to.deep.equal(conference);
  });
});
