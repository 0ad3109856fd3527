import { chromium } from "playwright-core";
const [,, url, out, width, lang, province, y, h] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url);
await page.evaluate(([lang, province]) => {
  if (lang) document.documentElement.setAttribute("lang", lang);
  if (province) document.querySelector("cj-province-profile").setAttribute("province", province);
}, [lang, province]);
await page.waitForTimeout(2500);
const el = await page.$("cj-province-profile");
const box = await el.boundingBox();
await page.screenshot({ path: out, fullPage: true, clip: { x: box.x, y: box.y + Number(y), width: box.width, height: Number(h) } });
await browser.close();
