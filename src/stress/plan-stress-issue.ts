// Plans one generated issue for the stress run from a seed: layout, paper, languages, editions and each article's parts (pure).

import { getLanguageDirection } from "../config/languages.js";
import type { PaperName } from "../config/paper.js";
import { createRandom, type Random } from "./create-random.js";

export const STRESS_KINDS = ["newspaper", "bulletin", "sheet", "leaflet", "parallel-newspaper", "parallel-bulletin", "jumps"] as const;
export type StressKind = (typeof STRESS_KINDS)[number];
export type StressLayout = "newspaper" | "bulletin" | "sheet" | "leaflet";

export const PICTURE_SHAPES = ["photo", "square", "tall", "panorama", "drawing"] as const;
export type PictureShape = (typeof PICTURE_SHAPES)[number];

export interface PicturePlan {
  shape: PictureShape;
  /** The classes written after it in braces (`span-2`, `left`, `page-top`...); none: in its column. */
  placement: string[];
  credit: boolean;
  /** Written after this paragraph of the body (0: the first). */
  after: number;
}

export interface ArticlePlan {
  /** The file's name without `.md` (`03-harbour`); a translation adds `.<lang>`. */
  name: string;
  lang: string;
  /** The languages it is translated into, each in `<name>.<lang>.md`. */
  translations: string[];
  /** Paragraphs in the body, at least. */
  paragraphs: number;
  /** Sheets and leaflets: the body's length in characters, shared between its paragraphs. */
  characters?: number;
  /** The longest paragraph taken, in characters (briefs, sheets and leaflets); longer ones are passed over. */
  maxParagraph?: number;
  /** Where in its language's paragraphs the text starts, so that articles differ. */
  offset: number;
  kicker: boolean;
  standfirst: boolean;
  byline: boolean;
  columns?: number;
  subheadings: number;
  list?: "bullets" | "numbers";
  quote: boolean;
  table?: { rows: number; spanAll: boolean };
  pullquote: boolean;
  footnotes: number;
  pictures: PicturePlan[];
  /** A `<!-- jump -->` after this paragraph breaks the article off; none: printed whole. */
  jumpAfter?: number;
  /** With a jump: a short head for its rest (`jumphead:`). */
  jumphead: boolean;
  /** With a jump: the translations jump too, at the same place (else they print whole, as one without a marker does). */
  jumpTranslated: boolean;
}

export interface StressPlan {
  seed: number;
  kind: StressKind;
  /** The issue folder's name, `<kind>-<seed>`. */
  name: string;
  layout: StressLayout;
  paper: PaperName;
  languages: string[];
  /** issue.md's `editions:`; none: one per language, the default, left unwritten. */
  editions?: string[];
  /** The PDFs the build names: `parallel:ar+en` is `parallel-ar-en`. */
  editionCodes: string[];
  digits?: "native";
  notes?: "end";
  contents?: false;
  sides?: 1 | 2;
  /** Paragraphs of the editorial in issue.md (0: none), translated in issue.<lang>.md. */
  editorial: number;
  /** Articles the editorial's last paragraph refers to by page (`[#](#name)`). */
  pageRefs: string[];
  /** The pictures' colour, 0 to 359. */
  hue: number;
  articles: ArticlePlan[];
}

/** A language with fewer paragraphs than this translates only: as an issue's main language it would repeat itself. */
const LEADING_PARAGRAPHS = 20;

/** Words for article file names: ours, so that no corpus text is in a name. */
const SLUGS = ["harbour", "market", "school", "library", "council", "garden", "bridge", "clinic", "bakery", "workshop", "theatre", "ferry", "allotment", "tenants", "choir", "bus-route"];

const PAPERS: Record<StressLayout, readonly PaperName[]> = {
  // Weighted by repeating: A4 is what most issues print on. The sheet takes A4, Letter and A3, the leaflet A4 and Letter (README, Layouts).
  newspaper: ["A4", "A4", "A3", "A5", "Letter", "Tabloid", "Half Letter"],
  bulletin: ["A5", "A5", "A4", "Half Letter", "Letter"],
  sheet: ["A4", "A4", "Letter", "A3"],
  leaflet: ["A4", "A4", "Letter"],
};

/**
 * `paragraphs`: how many paragraphs of text each language has. The kind turns with the seed, so any seven
 * consecutive seeds build every kind; everything else is drawn from the seed.
 */
export function planStressIssue(seed: number, paragraphs: ReadonlyMap<string, number>): StressPlan {
  const kind = STRESS_KINDS[(((seed - 1) % STRESS_KINDS.length) + STRESS_KINDS.length) % STRESS_KINDS.length] as StressKind;
  const random = createRandom(seed);
  const layout = chooseLayout(kind);
  const paper = random.pick(PAPERS[layout]);
  const languages = chooseLanguages(random, kind, paragraphs);
  const editions = chooseEditions(random, kind, languages);
  const hasRtl = languages.some((lang) => getLanguageDirection(lang) === "rtl");
  const fitted = layout === "sheet" || layout === "leaflet";
  const sides = layout === "sheet" ? random.pick([1, 2] as const) : undefined;
  const count = random.int(...ARTICLE_COUNTS[kind]);
  const names = random.shuffle(SLUGS).slice(0, count).map((slug, index) => `${String(index + 1).padStart(2, "0")}-${slug}`);
  // A fitted article's picture is drawn first: the text is sized to the room the pictures leave.
  const pictured = fitted ? names.map(() => random.chance(0.4)) : [];
  const shares = fitted ? shareCharacters(random, layout, paper, sides ?? 2, pictured) : [];
  const articles = names.map((name, index) =>
    planArticle(random, { name, kind, layout, paper, languages, characters: shares[index], pictured: pictured[index] === true, last: index === count - 1 }),
  );
  if (kind === "jumps" && !articles.some((article) => article.jumpAfter !== undefined)) forceJump(random, articles[0] as ArticlePlan);
  const editorial = fitted ? 0 : kind === "jumps" ? random.int(1, 2) : random.chance(0.6) ? random.int(1, 2) : 0;
  const refs = editorial && (kind === "jumps" || random.chance(0.3)) ? random.shuffle(articles.slice(1)).slice(0, random.int(1, 3)) : [];
  return {
    seed,
    kind,
    name: `${kind}-${seed}`,
    layout,
    paper,
    languages,
    ...(editions && { editions }),
    editionCodes: (editions ?? languages).map(nameEdition),
    ...(hasRtl && random.chance(0.35) && { digits: "native" as const }),
    ...(!fitted && random.chance(0.2) && { notes: "end" as const }),
    ...(!fitted && random.chance(0.2) && { contents: false as const }),
    ...(sides && { sides }),
    editorial,
    pageRefs: refs.map((article) => article.name),
    hue: random.int(0, 359),
    articles,
  };
}

/** `parallel:ar+en` as the build names its PDF, `parallel-ar-en` (plan-editions.ts). */
export function nameEdition(written: string): string {
  const named = /^(parallel|flip):([^+]+)\+(.+)$/.exec(written);
  return named ? `${named[1]}-${named[2]}-${named[3]}` : written;
}

/** The columns the layout sets on that paper (README, Layouts): a picture spans at most these, an article asks for at most these. */
export function countColumns(layout: StressLayout, paper: PaperName): number {
  if (layout === "newspaper") return paper === "A3" || paper === "Tabloid" ? 5 : paper === "A5" || paper === "Half Letter" ? 2 : 3;
  if (layout === "bulletin") return paper === "A4" || paper === "Letter" ? 3 : 2;
  if (layout === "sheet") return paper === "A3" ? 4 : 3;
  return 1;
}

const ARTICLE_COUNTS: Record<StressKind, [number, number]> = {
  newspaper: [3, 14],
  bulletin: [2, 8],
  sheet: [1, 3],
  leaflet: [2, 4],
  "parallel-newspaper": [2, 6],
  "parallel-bulletin": [2, 5],
  jumps: [4, 10],
};

function chooseLayout(kind: StressKind): StressLayout {
  if (kind === "sheet" || kind === "leaflet" || kind === "bulletin") return kind;
  return kind === "parallel-bulletin" ? "bulletin" : "newspaper";
}

function chooseLanguages(random: Random, kind: StressKind, paragraphs: ReadonlyMap<string, number>): string[] {
  const all = [...paragraphs.keys()].filter((lang) => (paragraphs.get(lang) ?? 0) > 0).sort();
  const leaders = all.filter((lang) => (paragraphs.get(lang) ?? 0) >= LEADING_PARAGRAPHS);
  if (!leaders.length) throw new Error(`The stress run needs a language with ${LEADING_PARAGRAPHS} paragraphs of text or more; it has ${all.join(", ") || "none"}.`);
  const rtl = all.filter((lang) => getLanguageDirection(lang) === "rtl");
  // English leads most issues, as in the samples; a right-to-left main language (the Persian and Urdu samples') the rest.
  const main = leaders.includes("en") && random.chance(0.6) ? "en" : random.pick(leaders);
  const parallel = kind.startsWith("parallel");
  const size = parallel ? random.pick([2, 2, 3]) : kind === "sheet" ? random.int(1, 4) : random.pick([1, 2, 2, 2, 3, 3]);
  const others = all.filter((lang) => lang !== main);
  // The second language is right to left most of the time: those editions are what pressroom is most often asked for.
  const rtlOthers = others.filter((lang) => rtl.includes(lang));
  const second = getLanguageDirection(main) === "ltr" && rtlOthers.length && random.chance(0.75) ? random.pick(rtlOthers) : others.length ? random.pick(others) : undefined;
  const rest = random.shuffle(others.filter((lang) => lang !== second));
  return [main, ...(second ? [second] : []), ...rest].slice(0, Math.min(size, all.length));
}

function chooseEditions(random: Random, kind: StressKind, languages: string[]): string[] | undefined {
  const [first, second] = languages;
  const combined: string[] = [];
  if (kind.startsWith("parallel") || (kind === "jumps" && random.chance(0.3))) {
    if (first && second) combined.push(random.chance(0.3) ? `parallel:${second}+${first}` : "parallel");
    // A flip edition needs a language of each direction (plan-editions.ts); named when the first two are alike.
    const ltr = languages.find((lang) => getLanguageDirection(lang) === "ltr");
    const rtl = languages.find((lang) => getLanguageDirection(lang) === "rtl");
    if (kind.startsWith("parallel") && ltr && rtl && random.chance(0.7)) {
      const bothFirst = [first, second].includes(ltr) && [first, second].includes(rtl);
      combined.push(bothFirst && random.chance(0.7) ? "flip" : `flip:${ltr}+${rtl}`);
    }
  }
  if (!combined.length && random.chance(0.5)) return undefined;
  return [...languages, ...combined];
}

interface ArticleContext {
  name: string;
  kind: StressKind;
  layout: StressLayout;
  paper: PaperName;
  languages: string[];
  /** Sheets and leaflets: the body's share of what the paper holds. */
  characters: number | undefined;
  /** Sheets and leaflets: whether the article has a picture (drawn before the shares). */
  pictured: boolean;
  last: boolean;
}

function planArticle(random: Random, context: ArticleContext): ArticlePlan {
  const { layout, paper, languages, kind, characters } = context;
  const fitted = characters !== undefined;
  const [main = "en"] = languages;
  // Now and then an article written in another of the issue's languages (the sample's Arabic-only reading hour).
  const lang = !fitted && languages.length > 1 && random.chance(0.12) ? random.pick(languages.slice(1)) : main;
  const others = languages.filter((other) => other !== lang);
  // Sheets and leaflets are fitted edition by edition: every article translated keeps their editions alike.
  const translations = fitted ? others : others.filter(() => random.chance(0.65));
  const brief = !fitted && random.chance(0.3);
  // A fitted article's paragraphs are short ones (under 700 characters, about 450 on average) up to its share.
  const paragraphs = fitted ? Math.max(1, Math.round(characters / 450)) : brief ? random.int(2, 3) : random.int(4, 10);
  const columnsHere = countColumns(layout, paper);
  const subheadings = paragraphs >= 4 ? random.int(0, Math.min(2, Math.floor(paragraphs / 3))) : 0;
  const pictureCount = fitted ? (context.pictured ? 1 : 0) : random.pick([0, 0, 1, 1, 1, 2]);
  const pictures = Array.from({ length: pictureCount }, () => planPicture(random, fitted, columnsHere, paragraphs));
  const jumps = kind === "jumps" && !context.last && paragraphs >= 5 && random.chance(0.5);
  return {
    name: context.name,
    lang,
    translations,
    paragraphs,
    ...(fitted && { characters }),
    ...((fitted || brief) && { maxParagraph: fitted ? 700 : 600 }),
    offset: random.int(0, 9999),
    kicker: random.chance(0.6),
    standfirst: random.chance(fitted ? 0.3 : 0.6),
    byline: random.chance(0.5),
    ...(!fitted && random.chance(0.2) && { columns: random.int(1, columnsHere) }),
    subheadings,
    ...(random.chance(fitted ? 0.15 : 0.25) && { list: random.pick(["bullets", "numbers"] as const) }),
    quote: random.chance(fitted ? 0.05 : 0.15),
    ...(random.chance(fitted ? 0.1 : 0.2) && { table: { rows: random.int(2, 6), spanAll: columnsHere > 1 && random.chance(0.3) } }),
    pullquote: paragraphs >= 3 && random.chance(0.35),
    footnotes: random.chance(fitted ? 0.2 : 0.4) ? random.int(1, 3) : 0,
    pictures,
    ...(jumps && { jumpAfter: random.int(1, paragraphs - 3) }),
    jumphead: jumps && random.chance(0.5),
    jumpTranslated: jumps && random.chance(0.7),
  };
}

function planPicture(random: Random, fitted: boolean, columns: number, paragraphs: number): PicturePlan {
  // Sheets and leaflets are single pages or panels copyfitted whole: pictures in the text or across it, not page pictures.
  const placements: string[][] = fitted
    ? [[], [], ["top"], ["span-all"], ["bottom"]]
    : [[], [], ["span-2"], ["span-2", "left"], ["span-2", "right"], ["span-all"], ["top"], ["top", "span-2"], ["bottom"], ["page-top"], ["page-bottom"], ...(columns >= 3 ? [["span-3"]] : [])];
  const placement = random.pick(placements);
  // Across a whole sheet, a square or tall picture would take most of a side, more than copyfitting can give back.
  const shapes = fitted && placement.length ? PICTURE_SHAPES.filter((shape) => shape === "photo" || shape === "panorama" || shape === "drawing") : PICTURE_SHAPES;
  return { shape: random.pick(shapes), placement, credit: random.chance(0.5), after: random.int(0, paragraphs - 1) };
}

/** The jumps kind always has a jump: the lead story, made long enough to break off. */
function forceJump(random: Random, article: ArticlePlan): void {
  article.paragraphs = Math.max(article.paragraphs, 6);
  delete article.maxParagraph;
  article.jumpAfter = random.int(1, article.paragraphs - 3);
  article.jumpTranslated = true;
}

/**
 * Characters of English the front of an A4 sheet holds in the sheet layout at its own type size, under the masthead,
 * its back, and the leaflet's six panels. (At 3,800 a side, with paragraphs overshooting their share, one-sided
 * sheets of the corpus's text came out 5 to 10% too long to fit even at the smallest type: four in a hundred issues.)
 */
const SHEET_FRONT_CHARACTERS = 3300;
const SHEET_BACK_CHARACTERS = 4400;
const LEAFLET_CHARACTERS = 7000;
/**
 * Room a picture and an article's heads take, in characters of text: a picture across two columns of an A4 sheet
 * takes a third of the side, one in a column less (at 500, a sheet with two such pictures could not be fitted at any
 * type size); one in a leaflet's panel, a panel's width, about half that.
 */
const PICTURE_CHARACTERS = { sheet: 1000, leaflet: 500 };
const HEADS_CHARACTERS = 250;

/**
 * Sheets and leaflets are fitted to their sides by copyfitting, within bounds: their text is sized to what the paper
 * holds, somewhat under and over the layout's own type size, and shared between the articles unevenly.
 */
function shareCharacters(random: Random, layout: StressLayout, paper: PaperName, sides: 1 | 2, pictured: readonly boolean[]): number[] {
  const count = pictured.length;
  const paperShare = paper === "A3" ? 2 : paper === "Letter" ? (layout === "leaflet" ? 0.92 : 0.95) : 1;
  const sheet = SHEET_FRONT_CHARACTERS + SHEET_BACK_CHARACTERS * (sides - 1);
  const room = (layout === "leaflet" ? LEAFLET_CHARACTERS : sheet) * paperShare * (0.8 + random.next() * 0.25);
  // Each article's heads, and the pictures, take room from the text.
  const text = room - count * HEADS_CHARACTERS - pictured.filter(Boolean).length * PICTURE_CHARACTERS[layout === "leaflet" ? "leaflet" : "sheet"];
  const weights = Array.from({ length: count }, () => 1 + random.next());
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.max(300, Math.round((text * weight) / total)));
}
