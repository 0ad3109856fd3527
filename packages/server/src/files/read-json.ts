import { FileProblem } from "./problem.js";

/** Records of a JSON or NDJSON file. `line`: the record's line (NDJSON) or its place in the array, from 1 (JSON). */
export interface RecordList {
  format: "json" | "ndjson";
  records: Array<{ line: number; value: unknown }>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A JSON file: an array of objects (or `{ "items": [...] }`, as the API's pages are). */
export function readJson(text: string): RecordList {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FileProblem("json_syntax", { "zh-CN": `JSON 格式错误：${(error as Error).message}`, en: `JSON syntax error: ${(error as Error).message}` });
  }
  const items = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.items) ? value.items : undefined;
  if (!items) {
    throw new FileProblem("json_shape", { "zh-CN": "JSON 文件应为对象数组", en: "a JSON file must hold an array of objects" });
  }
  const records = items.map((item, index) => {
    if (!isObject(item)) {
      throw new FileProblem(
        "json_shape",
        { "zh-CN": `第 ${index + 1} 条记录不是对象`, en: `record ${index + 1} is not an object` },
        { line: index + 1 },
      );
    }
    return { line: index + 1, value: item as unknown };
  });
  if (!records.length) throw new FileProblem("empty", { "zh-CN": "JSON 文件中没有记录", en: "the JSON file holds no records" });
  return { format: "json", records };
}

/** An NDJSON file: one object a line; blank lines are skipped. */
export function readNdjson(text: string): RecordList {
  const records: RecordList["records"] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new FileProblem(
        "json_syntax",
        { "zh-CN": `第 ${index + 1} 行 JSON 格式错误：${(error as Error).message}`, en: `line ${index + 1}: JSON syntax error: ${(error as Error).message}` },
        { line: index + 1 },
      );
    }
    if (!isObject(value)) {
      throw new FileProblem("json_shape", { "zh-CN": `第 ${index + 1} 行不是 JSON 对象`, en: `line ${index + 1} is not a JSON object` }, { line: index + 1 });
    }
    records.push({ line: index + 1, value });
  }
  if (!records.length) throw new FileProblem("empty", { "zh-CN": "NDJSON 文件中没有记录", en: "the NDJSON file holds no records" });
  return { format: "ndjson", records };
}
