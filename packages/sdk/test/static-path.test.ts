import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { staticExportPath } from "../src/index.js";

describe("staticExportPath: the file of a static export that answers a read", () => {
  it("names the root, lists, records and endpoints without a query after their path", () => {
    assert.equal(staticExportPath(""), "index.json");
    assert.equal(staticExportPath("consortia"), "consortia.json");
    assert.equal(staticExportPath("consortia/consortium-1ca3dbebdc"), "consortia/consortium-1ca3dbebdc.json");
    assert.equal(staticExportPath("talent/signals", new URLSearchParams()), "talent/signals.json");
  });

  it("names a query by its parameters sorted by name, whatever order they were given in", () => {
    const expected = "talent/gaps/q/group_by.major_category.period.2021-2025.region.320000.json";
    assert.equal(staticExportPath("talent/gaps", new URLSearchParams({ region: "320000", period: "2021-2025", groupBy: "majorCategory" })), expected);
    assert.equal(staticExportPath("talent/gaps", new URLSearchParams({ groupBy: "majorCategory", region: "320000", period: "2021-2025" })), expected);
  });

  it("keeps names portable: lower case, digits and - _ ~ . only, with distinct reads never sharing a file", () => {
    const names = [
      staticExportPath("consortia/counts", new URLSearchParams({ industry: "新材料" })),
      staticExportPath("cooperation-projects", new URLSearchParams({ field: "A.b c/d" })),
      staticExportPath("cooperation-projects", new URLSearchParams({ field: "a.B c/d" })),
      staticExportPath("talent/signals", new URLSearchParams({ threshold: "1.5" })),
      staticExportPath("consortia/a%20b"),
      staticExportPath("consortia/a~20b"),
    ];
    assert.deepEqual(names, [
      "consortia/counts/q/industry.~e6~96~b0~e6~9d~90~e6~96~99.json",
      "cooperation-projects/q/field._a~2eb~20c~2fd.json",
      "cooperation-projects/q/field.a~2e_b~20c~2fd.json",
      "talent/signals/q/threshold.1~2e5.json",
      "consortia/a~20b.json",
      "consortia/a~7e20b.json",
    ]);
    for (const name of names) assert.match(name, /^[a-z0-9_~./-]+$/);
  });

  it("cuts a long query into folders that each fit a file name", () => {
    const name = staticExportPath("majors", new URLSearchParams({ q: "职".repeat(100) }));
    const parts = name.split("/");
    assert.equal(parts.slice(0, 2).join("/"), "majors/q");
    assert.ok(parts.length > 3);
    assert.ok(parts.every((part) => part.length <= 205));
    assert.equal(parts.slice(2).join("").replace(/\.json$/, ""), `q.${"~e8~81~8c".repeat(100)}`);
  });
});
