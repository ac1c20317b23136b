// The few words a layout prints itself (folio, "Issue", "In Arabic"), per edition language.

import { getPrimarySubtag } from "../../config/languages.js";

export interface Labels {
  issue: string;
  page: string;
  editorial: string;
  /** "Printed in {language}": marks an article that has no translation into the edition's language. */
  printedIn: string;
}

const LABELS: Record<string, Labels> = {
  en: { issue: "Issue", page: "Page", editorial: "From the editors", printedIn: "Printed in {language}" },
  es: { issue: "Número", page: "Página", editorial: "Editorial", printedIn: "Publicado en {language}" },
  fr: { issue: "Numéro", page: "Page", editorial: "Éditorial", printedIn: "Publié en {language}" },
  de: { issue: "Ausgabe", page: "Seite", editorial: "Editorial", printedIn: "Auf {language}" },
  ar: { issue: "العدد", page: "صفحة", editorial: "كلمة التحرير", printedIn: "منشور باللغة {language}" },
  fa: { issue: "شماره", page: "صفحه", editorial: "سخن سردبیر", printedIn: "به زبان {language}" },
  ur: { issue: "شمارہ", page: "صفحہ", editorial: "اداریہ", printedIn: "{language} میں" },
};

export function getLabels(lang: string): Labels {
  return LABELS[getPrimarySubtag(lang)] ?? (LABELS.en as Labels);
}

/** "Printed in Arabic" in the edition's language, naming the article's language in it too. */
export function formatPrintedIn(editionLang: string, articleLang: string): string {
  const name = new Intl.DisplayNames([editionLang, "en"], { type: "language" }).of(articleLang) ?? articleLang;
  return getLabels(editionLang).printedIn.replace("{language}", name);
}
