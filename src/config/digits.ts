// Which digits a language edition prints its own numbers in (page numbers, issue number, dates, notes).

import { getPrimarySubtag } from "./languages.js";

/** `latin` prints 0123456789; `native` the edition language's own digits where it has them. */
export type DigitsChoice = "latin" | "native";
/** The front matter setting: one choice for every edition, or one per language code. */
export type DigitsSetting = DigitsChoice | Record<string, DigitsChoice>;

/** Unicode numbering systems (the names Intl and CLDR use). */
export type NumberingSystem = "latn" | "arab" | "arabext";

/** Arabic-Indic (٠١٢) for Arabic and Sorani; extended Arabic-Indic (۰۱۲) for Persian, Urdu, Pashto, Sindhi. */
const NATIVE_DIGITS: Record<string, NumberingSystem> = { ar: "arab", ckb: "arab", fa: "arabext", ur: "arabext", ps: "arabext", sd: "arabext" };

/** CSS counter styles (CSS Counter Styles 3, built into Chromium) for each numbering system. */
const COUNTER_STYLES: Record<NumberingSystem, string> = { latn: "decimal", arab: "arabic-indic", arabext: "persian" };

const ZERO: Record<NumberingSystem, number> = { latn: 0x30, arab: 0x660, arabext: 0x6f0 };

export function pickNumberingSystem(lang: string, setting: DigitsSetting | undefined): NumberingSystem {
  const choice = typeof setting === "object" ? findChoice(setting, lang) : setting;
  return choice === "native" ? (NATIVE_DIGITS[getPrimarySubtag(lang)] ?? "latn") : "latn";
}

function findChoice(setting: Record<string, DigitsChoice>, lang: string): DigitsChoice | undefined {
  const entries = Object.entries(setting);
  return (entries.find(([code]) => code.toLowerCase() === lang.toLowerCase())
    ?? entries.find(([code]) => getPrimarySubtag(code) === getPrimarySubtag(lang)))?.[1];
}

export function getCounterStyle(system: NumberingSystem): string {
  return COUNTER_STYLES[system];
}

/** Rewrites the Latin digits in `text` (an issue number such as "14" or "3a") in `system`'s digits. */
export function convertDigits(text: string, system: NumberingSystem): string {
  if (system === "latn") return text;
  return text.replace(/[0-9]/g, (digit) => String.fromCodePoint(ZERO[system] + Number(digit)));
}
