// The few words a layout prints itself (folio, "Issue", "In Arabic"), per edition language.

import { getPrimarySubtag } from "../../config/languages.js";

export interface Labels {
  issue: string;
  page: string;
  editorial: string;
  /** "Printed in {language}": marks an article that has no translation into the edition's language. */
  printedIn: string;
  /** Ends the first part of a jumped article: "Continued on page {page}". */
  continuedOn: string;
  /** Opens the rest of a jumped article: "Continued from page {page}". */
  continuedFrom: string;
  /** The front page's contents box. */
  contents: string;
  /** Heads the sheet's contacts block. */
  contact: string;
}

const LABELS: Record<string, Labels> = {
  en: { issue: "Issue", page: "Page", editorial: "From the editors", printedIn: "Printed in {language}", continuedOn: "Continued on page {page}", continuedFrom: "Continued from page {page}", contents: "In this issue", contact: "Get in touch" },
  es: { issue: "Número", page: "Página", editorial: "Editorial", printedIn: "Publicado en {language}", continuedOn: "Continúa en la página {page}", continuedFrom: "Viene de la página {page}", contents: "En este número", contact: "Contacto" },
  fr: { issue: "Numéro", page: "Page", editorial: "Éditorial", printedIn: "Publié en {language}", continuedOn: "Suite page {page}", continuedFrom: "Suite de la page {page}", contents: "Dans ce numéro", contact: "Nous joindre" },
  de: { issue: "Ausgabe", page: "Seite", editorial: "Editorial", printedIn: "Auf {language}", continuedOn: "Fortsetzung auf Seite {page}", continuedFrom: "Fortsetzung von Seite {page}", contents: "In dieser Ausgabe", contact: "Kontakt" },
  it: { issue: "Numero", page: "Pagina", editorial: "Editoriale", printedIn: "Pubblicato in {language}", continuedOn: "Continua a pagina {page}", continuedFrom: "Segue da pagina {page}", contents: "In questo numero", contact: "Contatti" },
  pt: { issue: "Número", page: "Página", editorial: "Editorial", printedIn: "Publicado em {language}", continuedOn: "Continua na página {page}", continuedFrom: "Continuação da página {page}", contents: "Nesta edição", contact: "Contacto" },
  ar: { issue: "العدد", page: "صفحة", editorial: "كلمة التحرير", printedIn: "منشور باللغة {language}", continuedOn: "يتبع في الصفحة {page}", continuedFrom: "تابع من الصفحة {page}", contents: "في هذا العدد", contact: "للتواصل معنا" },
  fa: { issue: "شماره", page: "صفحه", editorial: "سخن سردبیر", printedIn: "به زبان {language}", continuedOn: "ادامه در صفحه {page}", continuedFrom: "ادامه از صفحه {page}", contents: "در این شماره", contact: "تماس با ما" },
  ur: { issue: "شمارہ", page: "صفحہ", editorial: "اداریہ", printedIn: "{language} میں", continuedOn: "بقیہ صفحہ {page} پر", continuedFrom: "صفحہ {page} سے آگے", contents: "اس شمارے میں", contact: "رابطہ" },
};

export function getLabels(lang: string): Labels {
  return LABELS[getPrimarySubtag(lang)] ?? (LABELS.en as Labels);
}

/** "Printed in Arabic" in the edition's language, naming the article's language in it too. */
export function formatPrintedIn(editionLang: string, articleLang: string): string {
  const name = new Intl.DisplayNames([editionLang, "en"], { type: "language" }).of(articleLang) ?? articleLang;
  return getLabels(editionLang).printedIn.replace("{language}", name);
}

/** Splits a label around its {page} slot, so a layout can put the page number's element there. */
export function splitPageLabel(label: string): { before: string; after: string } {
  const at = label.indexOf("{page}");
  return at < 0 ? { before: `${label} `, after: "" } : { before: label.slice(0, at), after: label.slice(at + "{page}".length) };
}
