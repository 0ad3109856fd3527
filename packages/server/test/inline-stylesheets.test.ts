import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { drawExportedPages, type RunningServer, startServer } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let directory: string;
let database: TestDatabase;
let server: RunningServer;

const small = "body { margin: 0 auto; max-width: 72rem; }";
const links = [
  // Put in the page: small, served by a mount of the server, linked plainly from the head.
  `<link rel="stylesheet" href="../styles/page.css">`,
  `<link rel=stylesheet href='/styles/print.css'>`,
  // Left as links.
  `<link rel="stylesheet" href="../styles/large.css">`,
  `<link rel="stylesheet" href="../styles/unlisted.css">`,
  `<link rel="stylesheet" href="../styles/images.css">`,
  `<link rel="stylesheet" href="../styles/ends.css">`,
  `<link rel="stylesheet" href="../styles/page.css" media="print">`,
  `<link rel="stylesheet" href="https://elsewhere.example/page.css">`,
  `<link rel="stylesheet" href="../secret.css">`,
  `<link rel="preload" href="../styles/page.css" as="style">`,
];
const page = `<!doctype html><html lang="zh-CN"><head><title>学校</title>
${links.join("\n")}
<!-- <link rel="stylesheet" href="../styles/page.css"> -->
<script>const text = '<link rel="stylesheet" href="../styles/page.css">';</script>
</head><body><p>正文</p><link rel="stylesheet" href="../styles/page.css"></body></html>`;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-inline-"));
  const [site, styles] = [join(directory, "site"), join(directory, "styles")];
  await mkdir(site);
  await mkdir(styles);
  await writeFile(join(site, "index.html"), page);
  await writeFile(join(styles, "page.css"), small);
  await writeFile(join(styles, "print.css"), "p { color: #111; }");
  await writeFile(join(styles, "large.css"), `p { color: #111; }\n${"/* padding */\n".repeat(400)}`);
  await writeFile(join(styles, "unlisted.css"), small);
  await writeFile(join(styles, "images.css"), "header { background: url(banner.png); }");
  await writeFile(join(styles, "ends.css"), "p::after { content: '</style><script>alert(1)</script>'; }");
  await writeFile(join(directory, "secret.css"), small);
  database = await createTestDatabase("inline-stylesheets");
  server = await startServer({
    db: database.location,
    port: 0,
    static: {
      "/site": { dir: site, files: ["index.html"], serverRendered: true },
      "/styles": { dir: styles, files: ["page.css", "print.css", "large.css", "images.css", "ends.css"] },
    },
  });
});
after(async () => {
  await server.close();
  await database.drop();
  await rm(directory, { recursive: true, force: true });
});

describe("a drawn page carries its small stylesheets", () => {
  it("puts in the page the small sheets its head links to plainly, from files the server serves", async () => {
    const drawn = await (await fetch(`${server.url}/site/`)).text();
    const head = drawn.slice(0, drawn.indexOf("</head>"));
    assert.equal(head.split(`<style>${small}</style>`).length - 1, 1, "page.css, in place of its link");
    assert.ok(head.includes("<style>p { color: #111; }</style>"), "print.css, linked with an absolute path and unquoted rel");
    assert.equal(head.split(links[0]!).length - 1, 2, "page.css's link is left only in the comment and the script");
    assert.ok(!head.includes(links[1]!));
  });

  it("leaves every other link as it is: a large sheet, one no mount lists, one that points elsewhere or could end the style, another medium, origin or relation, a link in a comment, a script or the body", async () => {
    const drawn = await (await fetch(`${server.url}/site/`)).text();
    for (const link of links.slice(2)) assert.ok(drawn.includes(link), link);
    assert.ok(drawn.includes(`<!-- <link rel="stylesheet" href="../styles/page.css"> -->`));
    assert.ok(drawn.includes(`const text = '<link rel="stylesheet" href="../styles/page.css">';`));
    assert.ok(drawn.includes(`<p>正文</p><link rel="stylesheet" href="../styles/page.css"></body>`));
    assert.ok(!drawn.includes("alert(1)</script>'; }</style>"), "no sheet that holds </style>");
    assert.ok(!drawn.includes("secret") || drawn.includes(`href="../secret.css"`), "a file outside the mounts stays a link");
  });
});

describe("an exported page carries its small stylesheets", () => {
  it("puts in the page a small sheet beside it, and leaves one outside the pages as a link", async () => {
    const [pages, out] = [join(directory, "pages"), join(directory, "out")];
    await mkdir(join(pages, "school"), { recursive: true });
    await writeFile(join(pages, "page.css"), small);
    await writeFile(join(directory, "outside.css"), small);
    await writeFile(join(pages, "school", "index.html"), `<!doctype html><html><head><link rel="stylesheet" href="../page.css"><link rel="stylesheet" href="../../outside.css"><link rel="stylesheet" href="../%E0%A4%A.css"></head><body></body></html>`);
    assert.deepEqual(await drawExportedPages(join(directory, "export"), pages, out), ["school/index.html"]);
    const drawn = await readFile(join(out, "school", "index.html"), "utf8");
    assert.ok(drawn.includes(`<style>${small}</style>`), drawn);
    assert.ok(drawn.includes(`<link rel="stylesheet" href="../../outside.css">`), drawn);
    assert.ok(drawn.includes(`<link rel="stylesheet" href="../%E0%A4%A.css">`), "an address that cannot be decoded stays a link");
  });
});
