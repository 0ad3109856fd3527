import type { ImportReport } from "./import-records.js";

/** The report as a person reads it on a terminal, in the file's language. */
export function formatReport(report: ImportReport, what: string): string {
  const zh = report.language === "zh-CN";
  const lines: string[] = [];
  const counts = zh
    ? `共 ${report.rows} 行：新增 ${report.created}，更新 ${report.updated}，未变 ${report.unchanged}`
    : `${report.rows} rows: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`;
  if (report.problems.length) {
    lines.push(zh ? `${what}：有 ${report.problems.length} 处问题，未写入任何记录。` : `${what}: ${report.problems.length} problems; nothing was written.`);
    const shown = 100;
    for (const problem of report.problems.slice(0, shown)) {
      const where = [problem.line === null ? null : zh ? `第 ${problem.line} 行` : `line ${problem.line}`, problem.column === null ? null : zh ? `“${problem.column}”列` : `column "${problem.column}"`]
        .filter(Boolean)
        .join(zh ? "，" : ", ");
      lines.push(`  ${where ? `${where}${zh ? "：" : ": "}` : ""}${problem.message}`);
    }
    const more = report.problems.length - shown;
    if (more > 0) lines.push(zh ? `  ……另有 ${more} 处问题（--json 可列出全部）` : `  … and ${more} more problems (--json lists them all)`);
    lines.push(zh ? `（检查结果：${counts}）` : `(checked: ${counts})`);
  } else if (report.dryRun) {
    lines.push(zh ? `${what}：试运行，未写入。将会${counts.replace("共", "处理")}。` : `${what}: dry run, nothing written. Would write ${counts}.`);
  } else {
    lines.push(zh ? `${what}：已导入。${counts}。` : `${what}: imported. ${counts}.`);
  }
  return lines.join("\n");
}
