import type { Bilingual } from "@chanjiao/sdk";

export type { Bilingual };

/** The languages an import report speaks: the file's own. */
export type Lang = "zh-CN" | "en";

/** Stable codes of what can be wrong with a file as a whole. */
export type FileProblemCode =
  | "too_large"
  | "empty"
  | "no_header"
  | "wrong_format"
  | "unsupported_format"
  | "csv_syntax"
  | "too_many_cells"
  | "truncated"
  | "zip_bomb"
  | "not_a_workbook"
  | "unknown_sheet"
  | "formula"
  | "json_syntax"
  | "json_shape";


/**
 * Something wrong with an uploaded file (not with one record in it): it is not what it says, too
 * big, damaged, or holds what Chanjiao never imports (formulas). `line` is the line or sheet row
 * as a person sees it; `cell` an A1 reference such as `C7`.
 */
export class FileProblem extends Error {
  override readonly name = "FileProblem";
  readonly code: FileProblemCode;
  readonly line: number | undefined;
  readonly cell: string | undefined;
  readonly sheet: string | undefined;
  readonly #text: Bilingual;

  constructor(code: FileProblemCode, text: Bilingual, where: { line?: number; cell?: string; sheet?: string } = {}) {
    super(text.en);
    this.code = code;
    this.#text = text;
    this.line = where.line;
    this.cell = where.cell;
    this.sheet = where.sheet;
  }

  /**
   * The message in a language (zh-CN or en). (`message`, from `Error`, is the English text: an
   * `Error` cannot have a method of that name.)
   */
  messageIn(lang: Lang): string {
    return this.#text[lang];
  }

  /** A plain object for a JSON report. */
  toJSON(lang: Lang = "en"): { code: FileProblemCode; message: string; line?: number; cell?: string; sheet?: string } {
    return {
      code: this.code,
      message: this.#text[lang],
      ...(this.line === undefined ? {} : { line: this.line }),
      ...(this.cell === undefined ? {} : { cell: this.cell }),
      ...(this.sheet === undefined ? {} : { sheet: this.sheet }),
    };
  }
}
