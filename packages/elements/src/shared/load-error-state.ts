import { HttpError, ValidationError } from "@chanjiao/sdk";
import type { TemplateResult } from "lit";
import type { Locale, Translations } from "./i18n/messages.js";
import { errorState } from "./states.js";

const invalidSetting: Translations<(setting: string) => string> = {
  "zh-CN": (setting) => `设置无效：${setting}`,
  en: (setting) => `Invalid setting: ${setting}`,
};

/**
 * The request parameter at fault when a load failed on the widget's own settings: refused by the
 * SDK before anything was sent, or by the server with a 400 naming it.
 */
function refusedParameter(error: unknown): string | undefined {
  if (error instanceof ValidationError && error.url === undefined) return error.issues[0]?.path;
  if (error instanceof HttpError && error.status === 400) return error.problem?.errors?.[0]?.path;
  return undefined;
}

/** The setting as the page wrote it, `group-by="nonsense"`, when the host has it as an attribute. */
function describeSetting(host: Element, parameter: string, attributes: Record<string, string>): string {
  const attribute = attributes[parameter] ?? parameter.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  // `major-category` holds what the query sends as `majorCategoryId`.
  const name = [attribute, attribute.replace(/-id$/, "")].find((candidate) => host.hasAttribute(candidate));
  return name === undefined ? attribute : `${name}="${host.getAttribute(name)}"`;
}

export interface LoadErrorOptions {
  /** The widget, whose attributes name the setting at fault. */
  host: Element;
  locale: Locale;
  /** The error of the failed load. */
  error: unknown;
  /** The message for any other failure. */
  failed: string;
  retryLabel: string;
  onRetry: () => void;
  /** The attribute behind a query parameter of another name, such as `{ region: "province" }`. */
  attributes?: Record<string, string>;
}

/**
 * The error state of a failed load. When the widget's own settings were refused, it names the
 * setting and offers no Retry, which could not help; any other failure shows `failed` with Retry.
 */
export function loadErrorState({ host, locale, error, failed, retryLabel, onRetry, attributes = {} }: LoadErrorOptions): TemplateResult {
  const parameter = refusedParameter(error);
  return parameter === undefined ? errorState(failed, { label: retryLabel, onRetry }) : errorState(invalidSetting[locale](describeSetting(host, parameter, attributes)));
}
