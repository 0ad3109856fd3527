import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { collections, sampleGeneratorSeed } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { buildSeedRecords, generator } from "../src/index.ts";
import { mulberry32 } from "../src/seed/prng.ts";

const records = buildSeedRecords();

describe("seed", () => {
  it("every record matches the contract and names a source", () => {
    for (const [name, items] of Object.entries(records) as Array<[keyof typeof collections, unknown[]]>) {
      for (const item of items) {
        const result = z.safeParse(collections[name].schema, item);
        assert.ok(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`);
        assert.ok(result.data.source.length > 0, `${name}: empty source`);
      }
      const ids = items.map((item) => (item as { id: string }).id);
      assert.equal(new Set(ids).size, ids.length, `${name}: duplicate ids`);
    }
  });

  it("holds all 27 Luban Workshops as cooperation projects", () => {
    const workshops = records.cooperationProjects.filter((project) => project.kind === "luban-workshop");
    assert.equal(workshops.length, 27);
    assert.ok(workshops.every((workshop) => workshop.source.length > 0 && !workshop.sample && workshop.hostInstitution));
  });

  it("places each Luban Workshop in the cities or provinces of its Chinese partners", () => {
    const regionCodes = new Set(records.regions.map((region) => region.code));
    const places = new Map(records.cooperationProjects.map((project) => [project.id, project.regions]));
    for (const project of records.cooperationProjects.filter((item) => item.kind === "luban-workshop")) {
      assert.ok(project.regions.length > 0, `${project.name} is placed nowhere`);
      for (const code of project.regions) assert.ok(regionCodes.has(code), `${project.name}: unknown region ${code}`);
    }
    // Named in English only, a Tianjin school is still placed in Tianjin; 江苏建筑职业技术学院 names only its province.
    assert.deepEqual(records.cooperationProjects.filter((project) => project.partners.some((name) => name.startsWith("Tianjin Polytechnic"))).map((project) => project.regions), [["120000"]]);
    assert.ok(records.cooperationProjects.some((project) => project.partners.some((name) => name.startsWith("江苏建筑")) && places.get(project.id)!.includes("320000")));
    assert.deepEqual(places.get("chinese-plus-skills"), []);
  });

  it("names every workshop and field in Chinese and English, and dates openings only as precisely as the sources do", () => {
    const workshops = records.cooperationProjects.filter((project) => project.kind === "luban-workshop");
    for (const workshop of workshops) {
      assert.match(workshop.nameEn!, /^Luban Workshop \(/);
      assert.equal(workshop.fields.length, workshop.fieldsEn.length, workshop.name);
      for (const field of workshop.fields) assert.match(field, /^[\p{Script=Han}、（），与及]+$/u, `${workshop.name}: ${field}`);
      for (const field of workshop.fieldsEn) assert.match(field, /^[A-Z0-9][\w ,()&-]*$/, `${workshop.name}: ${field}`);
    }
    assert.equal(new Set(workshops.flatMap((workshop) => workshop.fields)).size > 40, true);
    const byId = new Map(workshops.map((workshop) => [workshop.id, workshop]));
    // "2020-12 ('cloud unveiling' 2020-12-09 per baike)": a month, and the rest is the researchers' note.
    const morocco = workshops.find((workshop) => workshop.partners.some((name) => name.startsWith("天津理工大学")))!;
    assert.equal(morocco.opened, "2020-12");
    assert.match(morocco.note!, /cloud unveiling/);
    // "Dec 3 (year inferred 2021 …)": only the year is certain.
    assert.equal(workshops.find((workshop) => workshop.partners.some((name) => name.startsWith("天津商务职业学院")))!.opened, "2021");
    assert.ok(byId.size === workshops.length);
  });

  it("states every consortium's membership in Chinese and in English", () => {
    const stated = records.consortia.filter((consortium) => consortium.members !== null);
    assert.ok(stated.length >= 10);
    for (const consortium of stated) {
      assert.match(consortium.members!, /\p{Script=Han}/u, consortium.name);
      assert.match(consortium.membersEn!, /^[\w ,.:+()-]+$/, consortium.name);
    }
    assert.ok(records.consortia.some((consortium) => consortium.members === "成员单位 181 家" && consortium.membersEn === "181 member organisations"));
  });

  it("words every event, practice centre and provincial list in Chinese and English, with no English in the Chinese", () => {
    const pairs = [
      ...records.events.flatMap((event) => [
        [event.name, event.nameEn],
        [event.place, event.placeEn],
        [event.organisers, event.organisersEn],
        [event.theme, event.themeEn],
        [event.scale, event.scaleEn],
      ]),
      ...records.practiceCentres.map((centre) => [centre.name, centre.nameEn]),
      ...records.provincialLists.flatMap((list) => [[list.title, list.titleEn], ...list.items.flatMap((item) => [[item.title, item.titleEn], [item.detail, item.detailEn]])]),
    ] as Array<[string | null, string | null]>;
    for (const [zh, en] of pairs) {
      assert.equal(zh === null, en === null, `"${zh}" and "${en}" are both given or both absent`);
      if (zh !== null) assert.doesNotMatch(zh, /[A-Za-z]/, `"${zh}" is Chinese`);
      if (en !== null) assert.doesNotMatch(en, /[\u4e00-\u9fff]/, `"${en}" is English`);
    }
    const conference = records.events.find((event) => event.name === "2024年世界职业技术教育发展大会")!;
    assert.match(conference.note!, /77 countries/, "the researchers' remarks stay in the data, for keepers");
  });

  it("holds the 34 provincial-level divisions, cities under their provinces, and the 19 major categories", () => {
    const provinces = records.regions.filter((region) => region.level === "province");
    assert.equal(provinces.length, 34);
    const codes = new Set(provinces.map((province) => province.code));
    for (const city of records.regions.filter((region) => region.level === "city")) {
      assert.ok(codes.has(city.parent!), `${city.name} has no province`);
      assert.equal(city.source, "GB/T 2260");
    }
    assert.equal(records.majorCategories.length, 19);
    for (const category of records.majorCategories) assert.equal(category.codes.length, 3);
  });

  it("every record a region refers to exists", () => {
    const regionCodes = new Set(records.regions.map((region) => region.code));
    for (const name of ["consortia", "parks", "organisations", "talentDemand", "talentSupply", "programmes", "practiceCentres", "servicePlatforms"] as const) {
      for (const item of records[name] as Array<{ region: string | null }>) {
        if (item.region !== null) assert.ok(regionCodes.has(item.region), `${name}: unknown region ${item.region}`);
      }
    }
  });

  it("marks every generated record as sample data from the generator", () => {
    for (const name of ["talentDemand", "talentSupply", "programmes", "practiceCentres", "servicePlatforms", "pathways", "provincialLists"] as const) {
      assert.ok(records[name].length > 0, `${name} is empty`);
      for (const item of records[name]) {
        assert.equal(item.sample, true);
        assert.equal(sampleGeneratorSeed(item.source), generator.defaultSeed);
      }
    }
    assert.ok(records.events.some((event) => event.kind === "activity-week" && event.sample));
    assert.deepEqual(new Set(records.practiceCentres.map((centre) => centre.kind)).size, 4);
    const cityConsortia = records.consortia.filter((consortium) => consortium.kind === "city");
    for (const consortium of cityConsortia) {
      const platforms = records.servicePlatforms.filter((platform) => platform.consortiumId === consortium.id);
      assert.ok(platforms.length >= 1 && platforms.length <= 2, `${consortium.id} has ${platforms.length} platforms`);
      assert.equal(platforms[0]!.kind, "common-technology");
    }
    assert.equal(records.servicePlatforms.filter((platform) => !cityConsortia.some((consortium) => consortium.id === platform.consortiumId)).length, 0);
    assert.deepEqual(new Set(records.pathways.map((pathway) => pathway.kind)).size, 5);
    assert.deepEqual(new Set(records.provincialLists.map((list) => list.kind)).size, 3);
    // Every category a priority industry trains for has demand: all but 土木建筑, 轻工纺织 and 公安与司法.
    assert.deepEqual(new Set(records.talentDemand.map((demand) => demand.majorCategoryId)).size, 16);
    assert.deepEqual([...new Set(records.talentDemand.map((demand) => demand.period))].sort(), [2021, 2022, 2023, 2024, 2025]);
  });

  it("is deterministic: the same seed gives the same records, another seed other figures", () => {
    assert.deepEqual(buildSeedRecords(), records);
    const other = buildSeedRecords({ seed: 7 });
    assert.notDeepEqual(other.talentDemand, records.talentDemand);
    assert.deepEqual(other.consortia, records.consortia);
  });

  it("generates as many demand rows as asked", () => {
    const categories = records.majorCategories;
    const publishers = generator.generateEnterprises();
    const many = generator.generateDemand({ count: 20_000, categories, publishers });
    assert.equal(many.length, 20_000);
    assert.equal(new Set(many.map((demand) => demand.id)).size, 20_000);
  });

  it("mulberry32 repeats its sequence for a seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    assert.deepEqual(Array.from({ length: 5 }, () => a.next()), Array.from({ length: 5 }, () => b.next()));
  });
});
