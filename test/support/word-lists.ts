// Words written for this project's tests, in English and Arabic, from which fixtures draw paragraphs of any length.

/** English words, lower case, no punctuation. */
export const LATIN = (
  "the council met again on tuesday evening to hear from tenants traders and parents about the plans for " +
  "the riverside path which has been closed since spring when the flood washed away part of the old wall " +
  "volunteers counted every bench lamp and bin along the route and wrote down what needed mending first"
).split(" ");
/** Arabic words, no punctuation. */
export const ARABIC = (
  "اجتمع المجلس مساء الثلاثاء ليستمع إلى المستأجرين والتجار والأهالي بشأن خطط ممر النهر الذي أُغلق منذ " +
  "الربيع حين جرف الفيضان جزءا من الجدار القديم وأحصى المتطوعون كل مقعد ومصباح وسلة على الطريق ودونوا ما يحتاج إلى إصلاح أولا"
).split(" ");

/** English words of a tenants' meeting, for the page-break fixtures whose breaks were measured with them. */
export const MEETING = "the tenants association met on tuesday evening in the hall behind the library to plan the winter market the new benches on the green and the repairs to the river path which floods every year".split(" ");

/** A sentence of `count` of the meeting's words, capitalised and ended with a full stop, varied by `seed` so lines do not repeat. */
export function makeMeetingSentence(count: number, seed: number): string {
  const words = Array.from({ length: count }, (_, i) => MEETING[(seed * 7 + i * 13 + ((i * i) % 5)) % MEETING.length]).join(" ");
  return `${words[0]?.toUpperCase()}${words.slice(1)}.`;
}

/** `count` paragraphs of four meeting sentences each (about 60 words), from `seed` on: the same paragraphs for the same seed. */
export function makeMeetingParagraphs(count: number, seed = 0): string[] {
  return Array.from({ length: count }, (_, i) => [0, 1, 2, 3].map((k) => makeMeetingSentence(13 + ((i + k) % 4), seed + i * 4 + k)).join(" "));
}

/**
 * Long English words, which Chromium hyphenates at line ends in narrow justified columns (page breaks then fall
 * inside them), and the plain words' first 26 between them.
 */
export const HYPHENATING = [
  ..."neighbourhood unanimously comprehensive improvements accommodation transportation environmental responsibilities considerable consultation representatives independent organisations".split(" "),
  ...LATIN.slice(0, 26),
];

/** `count` words drawn from `words` in a varied order (by `seed`), ended with a full stop. */
export function makeWordRun(words: readonly string[], count: number, seed: number): string {
  return Array.from({ length: count }, (_, i) => words[(seed * 11 + i * 7 + ((i * i) % 3)) % words.length]).join(" ") + ".";
}

/** Sentences of a committee's meeting, of different lengths, so paragraphs made of them end at every place of a column. */
export const COMMITTEE_SENTENCES = [
  "The committee met again on Tuesday evening in the upstairs room of the library.",
  "Residents asked for a written timetable and a named contact for every stage of the work.",
  "Nobody expected the council to agree so quickly.",
  "The minutes were read aloud, corrected twice and finally approved.",
  "A volunteer counted forty-two people at the door.",
  "Several tenants brought photographs of the damp in their kitchens and bathrooms.",
  "The chair thanked everyone and closed the meeting shortly after nine.",
];
