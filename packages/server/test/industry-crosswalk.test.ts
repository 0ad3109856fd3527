import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { Industry } from "@chanjiao/sdk";
import { buildSeedRecords, generator } from "../src/index.ts";
import { crosswalkAllows, industryCrosswalk } from "../src/seed/industry-crosswalk.ts";

const records = buildSeedRecords();
const categoryCodes = new Map(records.majorCategories.map((category) => [category.id, category.code]));

describe("the industry → major-category crosswalk", () => {
  it("names only classes of the catalogue, each in one of its industry's categories", () => {
    for (const industry of Industry.options) {
      const { categories, classes } = industryCrosswalk[industry];
      for (const name of classes) {
        const ofName = records.majorClasses.filter((majorClass) => majorClass.name === name);
        assert.ok(ofName.length > 0, `${industry}: ${name} is a class of the catalogue`);
        for (const majorClass of ofName) assert.ok(categories.includes(categoryCodes.get(majorClass.majorCategoryId)!), `${industry}: ${name} sits in one of ${categories.join(", ")}`);
      }
      for (const code of categories) assert.ok(classes.some((name) => records.majorClasses.some((majorClass) => majorClass.name === name && categoryCodes.get(majorClass.majorCategoryId) === code)), `${industry}: category ${code} comes from one of its classes`);
    }
  });

  it("pairs every generated demand posting's industry with a category that trains for it", () => {
    const many = generator.generateDemand({ count: 5000, categories: records.majorCategories, publishers: generator.generateEnterprises(), classes: records.majorClasses });
    for (const demand of [...records.talentDemand, ...many]) {
      assert.ok(crosswalkAllows(demand.industry, categoryCodes.get(demand.majorCategoryId)!), `${demand.id}: ${demand.industry} with ${demand.majorCategoryId}`);
    }
    assert.deepEqual(new Set(many.map((demand) => demand.industry)), new Set(Industry.options), "every industry posts demand");
  });

  it("pairs every generated provincial list item's industry with a category that trains for it (兵器工业 never with 轻工纺织大类)", () => {
    const items = records.provincialLists.flatMap((list) => list.items).filter((item) => item.majorCategoryId !== null);
    assert.ok(items.length > 0);
    for (const item of items) assert.ok(crosswalkAllows(item.industry as Industry, categoryCodes.get(item.majorCategoryId!)!), `${item.industry} with ${item.majorCategoryId}`);
  });

  it("is written down in the docs, row for row", async () => {
    const table = await readFile(new URL("../../../docs/industry-crosswalk.md", import.meta.url), "utf8");
    const names = new Map(records.majorCategories.map((category) => [category.code, category.name]));
    for (const industry of Industry.options) {
      const { categories, classes } = industryCrosswalk[industry];
      const row = `| ${industry} | ${categories.map((code) => `${names.get(code)}（${code}）`).join("、")} | ${classes.join("、")} |`;
      assert.ok(table.includes(row), `docs/industry-crosswalk.md has the row ${row}`);
    }
  });
});
