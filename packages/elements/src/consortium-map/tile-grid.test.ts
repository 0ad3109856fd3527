import { expect } from "@open-wc/testing";
import { apiUrl } from "../test-support/api.js";
import { binOf, colourBins, divergingBins } from "./colour-bins.js";
import { nextTile, readingOrder } from "./grid-navigation.js";
import { tileGrid } from "./tile-grid.js";

const byName: Record<string, string> = {
  北京: "110000", 天津: "120000", 河北: "130000", 山西: "140000", 内蒙古: "150000", 辽宁: "210000", 吉林: "220000", 黑龙江: "230000",
  上海: "310000", 江苏: "320000", 浙江: "330000", 安徽: "340000", 福建: "350000", 江西: "360000", 山东: "370000", 河南: "410000",
  湖北: "420000", 湖南: "430000", 广东: "440000", 广西: "450000", 海南: "460000", 重庆: "500000", 四川: "510000", 贵州: "520000",
  云南: "530000", 西藏: "540000", 陕西: "610000", 甘肃: "620000", 青海: "630000", 宁夏: "640000", 新疆: "650000", 台湾: "710000",
  香港: "810000", 澳门: "820000",
};

// Borders the grid must keep (side by side or diagonal).
const essentialNeighbours = [
  "北京-天津", "北京-河北", "天津-河北", "河北-山西", "河北-山东", "河北-内蒙古", "山西-内蒙古", "山西-陕西", "内蒙古-宁夏",
  "辽宁-吉林", "吉林-黑龙江", "辽宁-河北", "新疆-甘肃", "新疆-西藏", "新疆-青海", "青海-西藏", "青海-甘肃", "甘肃-宁夏", "甘肃-陕西",
  "宁夏-陕西", "陕西-河南", "陕西-四川", "陕西-重庆", "陕西-湖北", "四川-重庆", "四川-西藏", "四川-云南", "四川-贵州", "重庆-贵州",
  "重庆-湖北", "河南-山东", "河南-湖北", "河南-安徽", "山东-江苏", "安徽-江苏", "安徽-浙江", "安徽-江西", "安徽-湖北", "江苏-上海",
  "江苏-浙江", "上海-浙江", "浙江-福建", "浙江-江西", "江西-福建", "江西-湖南", "江西-广东", "湖北-湖南", "湖南-贵州", "湖南-广东",
  "湖南-广西", "贵州-广西", "云南-贵州", "云南-广西", "广东-广西", "广东-福建", "广东-香港", "广东-澳门", "香港-澳门", "广东-海南",
  "福建-台湾",
];

describe("the tile grid", () => {
  it("places each of the API's 34 provincial-level divisions exactly once", async () => {
    const response = await fetch(`${await apiUrl()}/regions?level=province&limit=200`);
    const { items } = (await response.json()) as { items: Array<{ code: string }> };
    const codes = tileGrid.map((tile) => tile.code);
    expect(codes).to.have.length(34);
    expect(new Set(codes).size).to.equal(34);
    expect([...codes].sort()).to.deep.equal(items.map((item) => item.code).sort());
    expect(Object.values(byName).sort()).to.deep.equal([...codes].sort());
  });

  it("puts no two tiles in one cell", () => {
    const cells = tileGrid.map((tile) => `${tile.row},${tile.col}`);
    expect(new Set(cells).size).to.equal(cells.length);
  });

  it("keeps essential neighbours next to each other", () => {
    const at = new Map(tileGrid.map((tile) => [tile.code, tile]));
    const apart = essentialNeighbours.filter((pair) => {
      const [a, b] = pair.split("-").map((name) => at.get(byName[name]!)!);
      return Math.max(Math.abs(a!.row - b!.row), Math.abs(a!.col - b!.col)) !== 1;
    });
    expect(apart).to.deep.equal([]);
  });
});

describe("moving through the grid", () => {
  const tile = (name: string) => tileGrid.find((item) => item.code === byName[name])!;
  const nameOf = (code: string | undefined) => Object.keys(byName).find((name) => byName[name] === code);

  it("goes to the nearest tile in the arrow's direction, jumping gaps, and stops at the edge", () => {
    expect(nameOf(nextTile(tileGrid, tile("江苏"), "right")?.code)).to.equal("上海");
    expect(nameOf(nextTile(tileGrid, tile("江苏"), "left")?.code)).to.equal("安徽");
    expect(nameOf(nextTile(tileGrid, tile("江苏"), "down")?.code)).to.equal("浙江");
    expect(nameOf(nextTile(tileGrid, tile("广东"), "up")?.code)).to.equal("湖南");
    expect(nameOf(nextTile(tileGrid, tile("新疆"), "down")?.code)).to.equal("西藏");
    expect(nextTile(tileGrid, tile("新疆"), "left")).to.equal(undefined);
    expect(nextTile(tileGrid, tile("黑龙江"), "up")).to.equal(undefined);
  });

  it("orders tiles row by row for Home and End", () => {
    const order = readingOrder(tileGrid);
    expect(nameOf(order[0]!.code)).to.equal("黑龙江");
    expect(nameOf(order.at(-1)!.code)).to.equal("香港");
  });
});

describe("the colour scale", () => {
  it("keeps zero apart and spreads the rest over at most four bins", () => {
    expect(colourBins(0)).to.deep.equal([{ index: 0, from: 0, to: 0 }]);
    expect(colourBins(3).map((bin) => [bin.from, bin.to])).to.deep.equal([[0, 0], [1, 1], [2, 2], [3, 3]]);
    const bins = colourBins(10);
    expect(bins.map((bin) => [bin.from, bin.to])).to.deep.equal([[0, 0], [1, 3], [4, 6], [7, 9], [10, 10]]);
    expect(binOf(bins, 0).index).to.equal(0);
    expect(binOf(bins, 5).index).to.equal(2);
    expect(binOf(bins, 10).index).to.equal(4);
  });

  it("splits a diverging scale evenly on both sides of zero, zero alone in the middle", () => {
    const bins = divergingBins(2118);
    expect(bins.map((bin) => [bin.from, bin.to])).to.deep.equal([[-2118, -1059], [-1058, -1], [0, 0], [1, 1058], [1059, 2118]]);
    expect(binOf(bins, -19).index).to.equal(1);
    expect(binOf(bins, 0).index).to.equal(2);
    expect(binOf(bins, 5000).index).to.equal(4);
    expect(binOf(bins, -5000).index).to.equal(0);
    expect(divergingBins(0).map((bin) => bin.index)).to.include(2);
  });
});
