import type { Words } from "../../i18n/language.js";

/** The words of the import view. */
export const importWords: Words<{
  title: (collection: string) => string;
  intro: string;
  stepTemplate: string;
  templateHint: string;
  excel: string;
  csv: string;
  stepFile: string;
  drop: string;
  dropHint: string;
  choose: string;
  checking: (file: string) => string;
  stepReport: string;
  counts: (rows: number, created: number, updated: number, unchanged: number) => string;
  problems: (count: number) => string;
  line: string;
  column: string;
  message: string;
  wholeFile: string;
  fixAndRetry: string;
  ready: (rows: number) => string;
  importNow: (rows: number) => string;
  importing: string;
  done: (created: number, updated: number, unchanged: number) => string;
  viewRecords: string;
  unsupported: string;
  failed: string;
  back: string;
}> = {
  "zh-CN": {
    title: (collection) => `从文件导入：${collection}`,
    intro: "先下载模板，在 Excel 或 WPS 中填写，再上传。系统会先逐行检查，全部无误后才会导入；有任何一行出错，什么都不会写入。",
    stepTemplate: "第 1 步：下载模板",
    templateHint: "Excel 模板含填写说明和示例；CSV 模板只有表头。列名为中文。",
    excel: "下载 Excel 模板",
    csv: "下载 CSV 模板",
    stepFile: "第 2 步：选择填好的文件",
    drop: "把文件拖到这里，或点击选择文件",
    dropHint: "支持 Excel（.xlsx）、CSV、JSON，最大 50 MB。",
    choose: "选择文件",
    checking: (file) => `正在检查“${file}”…`,
    stepReport: "第 3 步：检查结果",
    counts: (rows, created, updated, unchanged) => `共 ${rows} 行：将新建 ${created} 条，更新 ${updated} 条，${unchanged} 条无变化。`,
    problems: (count) => `发现 ${count} 处问题，文件没有导入。请按下表修改文件后重新选择。`,
    line: "行",
    column: "列",
    message: "问题",
    wholeFile: "整个文件",
    fixAndRetry: "修改后重新选择文件",
    ready: (rows) => `检查通过：${rows} 行全部无误。`,
    importNow: (rows) => `导入这 ${rows} 行`,
    importing: "正在导入…",
    done: (created, updated, unchanged) => `导入完成：新建 ${created} 条，更新 ${updated} 条，${unchanged} 条无变化。`,
    viewRecords: "查看记录",
    unsupported: "只能导入 .xlsx、.csv、.json 或 .ndjson 文件。",
    failed: "导入失败，请稍后重试。",
    back: "返回列表",
  },
  en: {
    title: (collection) => `Import from a file: ${collection}`,
    intro: "Download the template, fill it in with Excel or WPS, then upload it. Every row is checked first; the file is imported only when every row is right, and nothing is written if any row is wrong.",
    stepTemplate: "Step 1: download the template",
    templateHint: "The Excel template explains every column and shows an example; the CSV template is the header row. Column names are in English.",
    excel: "Download the Excel template",
    csv: "Download the CSV template",
    stepFile: "Step 2: choose the filled-in file",
    drop: "Drop the file here, or click to choose it",
    dropHint: "Excel (.xlsx), CSV or JSON, up to 50 MB.",
    choose: "Choose a file",
    checking: (file) => `Checking “${file}”…`,
    stepReport: "Step 3: the check",
    counts: (rows, created, updated, unchanged) => `${rows} rows: ${created} to create, ${updated} to update, ${unchanged} unchanged.`,
    problems: (count) => `${count === 1 ? "One problem was" : `${count} problems were`} found and nothing was imported. Fix the file as the table says, then choose it again.`,
    line: "Line",
    column: "Column",
    message: "Problem",
    wholeFile: "whole file",
    fixAndRetry: "Choose the fixed file",
    ready: (rows) => `Checked: all ${rows} rows are right.`,
    importNow: (rows) => `Import these ${rows} rows`,
    importing: "Importing…",
    done: (created, updated, unchanged) => `Imported: ${created} created, ${updated} updated, ${unchanged} unchanged.`,
    viewRecords: "See the records",
    unsupported: "Only .xlsx, .csv, .json or .ndjson files can be imported.",
    failed: "The import failed. Try again later.",
    back: "Back to the list",
  },
};
