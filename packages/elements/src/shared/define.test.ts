import { expect } from "@open-wc/testing";
import { defineElement } from "./define.js";
import { VERSION } from "./version.js";

describe("defineElement", () => {
  let warnings: unknown[][];
  const originalWarn = console.warn;

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });

  afterEach(() => {
    console.warn = originalWarn;
  });

  it("registers a free tag", () => {
    class Free extends HTMLElement {}
    defineElement("test-free-tag", Free);
    expect(customElements.get("test-free-tag")).to.equal(Free);
    expect(warnings).to.have.length(0);
  });

  it("leaves a tag held by another version alone and warns once, naming the tag and both versions", () => {
    class Theirs extends HTMLElement {
      static readonly version = "9.9.9";
    }
    class Ours extends HTMLElement {}
    customElements.define("test-taken-tag", Theirs);

    expect(() => defineElement("test-taken-tag", Ours)).to.not.throw();
    expect(() => defineElement("test-taken-tag", Ours)).to.not.throw();

    expect(customElements.get("test-taken-tag")).to.equal(Theirs);
    expect(warnings).to.have.length(1);
    const message = String(warnings[0]![0]);
    expect(message).to.include("<test-taken-tag>");
    expect(message).to.include("9.9.9");
    expect(message).to.include(VERSION);
  });

  it("says nothing when the same class is registered twice", () => {
    class Same extends HTMLElement {}
    defineElement("test-same-tag", Same);
    defineElement("test-same-tag", Same);
    expect(warnings).to.have.length(0);
  });
});
