import { expect } from "@open-wc/testing";
import { fillHrefTemplate } from "./href-template.js";

describe("fillHrefTemplate", () => {
  it("puts URL-encoded fields into the template", () => {
    expect(fillHrefTemplate("/pathways?major-category={majorCategoryId}&m={majorName}", { majorCategoryId: "mc-46", majorName: "数控 & 技术" })).to.equal(
      `/pathways?major-category=mc-46&m=${encodeURIComponent("数控 & 技术")}`,
    );
  });

  it("leaves missing fields empty", () => {
    expect(fillHrefTemplate("#p-{nothing}", { something: null })).to.equal("#p-");
  });

  it("gives no link for a template that is not http(s)", () => {
    expect(fillHrefTemplate("javascript:alert({id})", { id: 1 })).to.equal(undefined);
    expect(fillHrefTemplate("data:text/html,{id}", { id: 1 })).to.equal(undefined);
  });
});
