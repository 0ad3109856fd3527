import { expect } from "@open-wc/testing";
import { formatDateRange } from "./format.js";

describe("formatDateRange", () => {
  it("names the shared year and month once in Chinese", () => {
    expect(formatDateRange("zh-CN", "2024-11-20", "2024-11-22")).to.equal("2024年11月20日至22日");
    expect(formatDateRange("zh-CN", "2024-11-30", "2024-12-02")).to.equal("2024年11月30日至12月2日");
    expect(formatDateRange("zh-CN", "2024-12-30", "2025-01-02")).to.equal("2024年12月30日至2025年1月2日");
  });

  it("uses the locale's own range format in English", () => {
    expect(formatDateRange("en", "2024-11-20", "2024-11-22")).to.equal("November 20 – 22, 2024");
    expect(formatDateRange("en", "2024-11-30", "2024-12-02")).to.equal("November 30 – December 2, 2024");
  });

  it("shows one day, and ends known only by month or as free text, as they are", () => {
    expect(formatDateRange("zh-CN", "2024-11-20", null)).to.equal("2024年11月20日");
    expect(formatDateRange("zh-CN", "2024-11-20", "2024-11-20")).to.equal("2024年11月20日");
    expect(formatDateRange("zh-CN", "2025-05", "2025-06")).to.equal("2025年5月 – 2025年6月");
    expect(formatDateRange("en", "2020 (online)", "2021")).to.equal("2020 (online) – 2021");
  });
});
