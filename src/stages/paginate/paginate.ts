// Lays one edition out with Paged.js in the shared browser, then, when asked, prints it to PDF bytes (edge).

import type { ConsoleMessage, HTTPRequest, HTTPResponse, Page } from "puppeteer-core";
import { AbortedError, LayoutError, PaginationError, PressroomError } from "../../diagnostics/errors.js";
import type { BuildWarning } from "../../diagnostics/warnings.js";
import { BRIDGE_FUNCTION, type BridgeMessage, type PaginateRequest, type PaginateResponse } from "../../shared/browser-messages.js";
import { SHADOW_FAMILY, SHADOW_TEXT_FONTS, SHADOWED_FAMILIES, type ShadowTextFonts } from "../../shared/shadow-text-fonts.js";
import type { HtmlDocument } from "../render-html/render-document.js";
import { describeMissingTargets } from "./describe-missing-targets.js";
import { isBlockedInlineScript, readBlockedUrl } from "./read-blocked-url.js";
import { checkLostArticles } from "./check-lost-articles.js";
import { checkIntegrity } from "./check-integrity.js";
import { reportBreakDefects } from "./report-break-defects.js";
import { reportDividedTables } from "./report-divided-tables.js";
import { reportOverflow } from "./report-overflow.js";
import { reportNarrowColumns } from "./report-narrow-columns.js";
import { reportLoneColophon } from "./report-lone-colophon.js";
import { addPageScripts } from "./add-page-scripts.js";
import { canReplaceDocument } from "./can-replace-document.js";
import type { BrowserSession } from "./browser-session.js";
import { printPictures, resamplePicturesEarly, type PicturePrintOptions } from "./print-pictures.js";
import { printPdf } from "./print-pdf.js";
import type { MeasuredPicture } from "../prepare-images/plan-pictures.js";
import { quoteTitle } from "../../diagnostics/quote-title.js";

export interface PaginatedPdf {
  bytes: Uint8Array;
  layout: PaginateResponse;
  /**
   * Set when some line got an invisible twin (page/shadow-text.js: Nastaliq's contextual glyphs have no Unicode
   * values, Naskh's map one to one): post-processing then silences the printed faces and hides the twins.
   */
  shadowText?: ShadowTextFonts;
  /** Every picture as laid out (file, box, page), for the press preflight's ppi check. */
  pictures?: MeasuredPicture[];
}

export interface PaginateOptions {
  timeoutMs: number;
  signal: AbortSignal;
  /** Where the page's warnings go unless a layout is given its own listener (copyfitting's trials). */
  warn(warning: BuildWarning): void;
  onProgress?(page: number): void;
  /** Give Nastaliq lines invisible twins (page/shadow-text.js); off only to measure Chrome's own text layer. */
  shadowText: boolean;
  /**
   * The code points the shadowed faces draw themselves (read-shadowed-coverage.ts), asked for when the twins are
   * made: a character they lack prints in another face that reads as it is, and gets no twin. Without it, every
   * character but other scripts' letters does.
   */
  readShadowedCoverage?(): Promise<readonly (readonly [number, number])[] | undefined>;
  /** The issue's pictures: downscaled to 300 ppi at their printed size (and grayscale) before printing. */
  pictures?: PicturePrintOptions;
  /**
   * Start making the pictures' print copies while the pages are laid out, as each page is done: for an edition
   * laid out once (a copyfitted one is laid out at several sizes, and prints only the last).
   */
  picturesEarly?: boolean;
  /** Adds time spent to a stage of the build's timings: page, fonts, pagination, pictures, pdf. */
  record?(stage: PaginateStage, ms: number): void;
  /** Called once for each layout made (a copyfitted edition is laid out several times), for the build's timings. */
  onLayout?(): void;
}

/** The parts of laying out an edition that are timed apart, so a slow build points at one of them. */
export type PaginateStage = "page" | "fonts" | "pagination" | "pictures" | "pdf";

/**
 * One edition's browser page. It holds one layout at a time: copyfitting lays it out again at other sizes in the
 * same page, which skips loading the page, its scripts and its fonts again (most of a trial's time).
 */
export interface EditionPage {
  /**
   * Lays the edition out with Paged.js, at these sizes (CSS custom properties set on the root), replacing the
   * layout the page held. The page's warnings go to `warn` when given (a trial's own), else to the options' warn.
   */
  layOut(variables?: Record<string, string>, warn?: (warning: BuildWarning) => void): Promise<PaginateResponse>;
  /** Prints the latest layout to PDF (pictures swapped for their printed size first). Once only. */
  print(): Promise<PaginatedPdf>;
  /** Closes the browser page and forgets its files; safe to call more than once. */
  close(): Promise<void>;
}

/** Lays the page out once and prints it: an edition that is not fitted to a sheet. */
export async function layOutAndPrint(page: EditionPage): Promise<PaginatedPdf> {
  try {
    await page.layOut();
    return await page.print();
  } finally {
    await page.close();
  }
}

/** Prints the page's latest layout and closes it, whether printing worked or not. */
export async function printAndClose(page: EditionPage): Promise<PaginatedPdf> {
  try {
    return await page.print();
  } finally {
    await page.close();
  }
}

/** What page/replace-document.js defines. */
interface PageScripts {
  pressroomReplaceDocument(url: string): Promise<void>;
}

/** Opens a browser page for the edition and starts loading it; the first layOut waits for the load. */
export async function openEditionPage(document: HtmlDocument, session: BrowserSession, options: PaginateOptions): Promise<EditionPage> {
  const edition = document.edition.code;
  const url = session.server.addDocument(edition, addPageScripts(document.html));
  const replaceable = canReplaceDocument(document.html);
  const { page, reused } = await session.takePage().catch((error: unknown) => {
    session.server.removeDocument(url);
    throw error;
  });
  const progress = { page: 0, articleId: undefined as string | undefined };
  const madeFiles: string[] = [];
  let closed: Promise<void> | undefined;
  // Set once the edition is printed: only then is the page known to be sound enough for the next edition (and only
  // when its document had no script of its own: can-replace-document.ts).
  let printedWell = false;
  let unlock: (() => void) | undefined;
  const close = () =>
    (closed ??= (async () => {
      session.server.removeDocument(url);
      for (const made of madeFiles) session.server.removeFile(made);
      if (printedWell && replaceable && (await releasePage(page, unlock))) session.keepPage(page);
      else await page.close().catch(() => undefined);
    })());
  const record = options.record ?? (() => undefined);
  const hang = () => describeHang(document, edition, progress, options.timeoutMs);
  // The page's warnings (blocked requests, its own messages) go to the layout being made.
  let warn = options.warn;
  let latest: PaginateResponse | undefined;
  let printed = false;

  const load = async () => {
    unlock = await lockDownPage(page, session.server.origin, edition, (warning) => warn(warning));
    await page.exposeFunction(BRIDGE_FUNCTION, (message: BridgeMessage) => {
      if (message.type === "page") {
        progress.page = message.page;
        progress.articleId = message.articleId ?? progress.articleId;
        options.onProgress?.(message.page);
        if (message.pictures && options.pictures && options.picturesEarly) resamplePicturesEarly(message.pictures, options.pictures);
      } else warn({ code: "page-warning", message: message.message, edition });
    });
    // No timeout of its own: the edition's deadline (withDeadline) covers loading too and says where it stopped.
    const navigate = () => page.goto(url, { waitUntil: "load", timeout: 0 });
    // A kept page takes the document in place of its own, keeping Paged.js and the page scripts as Chrome has
    // compiled them: six one-sheet editions took 5.2 s by navigation, 4.8 s so (8.5 -> 7.7 s of CPU), the same PDFs.
    // Should that fail, the page navigates as a new one would.
    if (reused && replaceable) await page.evaluate((address) => (window as unknown as PageScripts).pressroomReplaceDocument(address), url).catch(navigate);
    else await navigate();
  };
  // The page starts loading as soon as it is opened.
  const loading = load();
  loading.catch(() => undefined);

  const layOut = async (variables: Record<string, string> | undefined): Promise<PaginateResponse> => {
    if (printed) throw new Error("These pages were printed already.");
    latest = undefined;
    progress.page = 0;
    // The page's load is timed apart from the layout: it waits on Node's thread (its requests pass through it),
    // which the edition before may be holding with its post-processing. Later layouts find it loaded.
    const waited = performance.now();
    await loading;
    const started = performance.now();
    record("page", started - waited);
    let fontsMs = 0;
    const layOutPage = async (allFonts: boolean) => {
      const request: PaginateRequest = { fontTimeoutMs: 10_000, pageProgression: document.edition.dir, numberingSystem: document.edition.digits, variables, allFonts };
      const response = await page.evaluate((req) => (window as unknown as { pressroomPaginate(r: PaginateRequest): Promise<PaginateResponse> }).pressroomPaginate(req), request);
      fontsMs += response.timings.fontsMs;
      return response;
    };
    // Only the faces the text uses are loaded before layout; if layout needed another (generated content in a
    // face no text uses), its text was measured in a fallback font: the page is laid out again with every face.
    const first = await layOutPage(false);
    const layout = first.unaskedFonts.length > 0 ? await layOutPage(true) : first;
    record("fonts", fontsMs);
    for (const message of layout.warnings) warn({ code: "page-warning", message, edition });
    // Before the checks that stop the build: columns a few letters wide are a likely cause of what they find (text
    // lost at a break in a leaflet panel's five columns), and the warning says which line to change.
    await reportNarrowColumns(page, document.articles, edition, warn);
    checkLostArticles(document.articles, layout.articles, edition);
    checkIntegrity(document.articles, layout.integrity, edition);
    await reportBreakDefects(page, edition, warn);
    await reportDividedTables(page, document.articles, edition, warn);
    await reportOverflow(page, edition, warn);
    await reportLoneColophon(page, edition, warn);
    for (const warning of describeMissingTargets(layout.pageRefs)) warn({ ...warning, edition });
    record("pagination", performance.now() - started - fontsMs);
    options.onLayout?.();
    latest = layout;
    return layout;
  };

  const print = async (): Promise<PaginatedPdf> => {
    const layout = latest;
    if (!layout) throw new Error("There is no layout to print: the last one failed or none was made.");
    if (printed) throw new Error("These pages were printed already.");
    printed = true;
    const picturesStarted = performance.now();
    // Pictures are swapped only now: their printed size is known once Paged.js has laid the pages out.
    const pictures = options.pictures ? await printPictures(page, session.server, options.pictures, warn) : undefined;
    record("pictures", performance.now() - picturesStarted);
    if (pictures) madeFiles.push(...pictures.urls);
    const shadowed = options.shadowText
      ? await page.evaluate(
          (opts) => (window as unknown as { pressroomAddShadowText(o: typeof opts): Promise<number> }).pressroomAddShadowText(opts),
          { families: SHADOWED_FAMILIES, shadowFamily: SHADOW_FAMILY, printed: await options.readShadowedCoverage?.() },
        )
      : 0;
    const printStarted = performance.now();
    const pdf = await printPdf(page);
    record("pdf", performance.now() - printStarted);
    printedWell = true;
    return { bytes: pdf, layout: { ...layout, shadowedWords: shadowed }, shadowText: shadowed > 0 ? SHADOW_TEXT_FONTS : undefined, pictures: pictures?.measured };
  };

  return {
    layOut: (variables, warnOf) => {
      warn = warnOf ?? options.warn;
      return withDeadline(layOut(variables), options, hang);
    },
    print: () => withDeadline(print(), options, hang),
    close,
  };
}

/**
 * Every request must stay on pressroom's own origin; anything else is refused and reported, once per address:
 * requests by interception, and what Chromium refuses before asking (the Content-Security-Policy, local files)
 * from its console.
 */
async function lockDownPage(page: Page, origin: string, edition: string, warn: PaginateOptions["warn"]): Promise<() => void> {
  const reported = new Set<string>();
  const report = (target: string) => {
    if (reported.has(target)) return;
    reported.add(target);
    warn({
      code: "blocked-request",
      message: `The page tried to load ${shorten(target)}, which is outside the issue, templates and fonts; pressroom blocked it.`,
      hint: "Put pictures and files in the issue folder and refer to them by a relative path such as images/photo.jpg.",
      edition,
    });
  };
  // Interception stays on for a page kept for the next edition: its requests wait, unanswered, until that
  // edition's listener is on.
  await page.setRequestInterception(true);
  const onRequest = (request: HTTPRequest) => {
    const target = request.url();
    if (target.startsWith(origin + "/") || target.startsWith("data:")) {
      void request.continue();
      return;
    }
    report(target);
    void request.abort("blockedbyclient");
  };
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() !== "error") return;
    const blocked = readBlockedUrl(message.text());
    if (blocked) report(blocked);
    else if (isBlockedInlineScript(message.text()) && !reported.has("inline script")) {
      reported.add("inline script");
      warn({
        code: "blocked-script",
        message: "A script written into the page was not run: pressroom runs no script from an issue or a layout.",
        hint: "Take the <script> (or the on...= attribute) out of the article or layout; what it was meant to do has to be written as text, pictures or CSS.",
        edition,
      });
    }
  };
  const onResponse = (response: HTTPResponse) => {
    // Chromium asks for /favicon.ico on its own; that is not the layout's doing.
    if (response.status() >= 400 && response.url().startsWith(origin) && !response.url().endsWith("/favicon.ico")) {
      warn({ code: "missing-file", message: `A file the layout asked for was not found: ${new URL(response.url()).pathname}.`, edition });
    }
  };
  const onPageError = (error: unknown) => {
    warn({ code: "page-error", message: `A script in the page failed: ${String((error as Error).message ?? error).split("\n")[0]}`, edition });
  };
  page.on("request", onRequest).on("console", onConsole).on("response", onResponse).on("pageerror", onPageError);
  return () => void page.off("request", onRequest).off("console", onConsole).off("response", onResponse).off("pageerror", onPageError);
}

/**
 * Readies a printed edition's page for the next edition: its listeners and bridge off, so nothing the page still
 * says reaches this edition, and the next edition's load sets up its own. False if the page could not be readied.
 */
async function releasePage(page: Page, unlock: (() => void) | undefined): Promise<boolean> {
  unlock?.();
  return page.removeExposedFunction(BRIDGE_FUNCTION).then(
    () => true,
    () => false,
  );
}

function describeHang(document: HtmlDocument, edition: string, progress: { page: number; articleId?: string }, timeoutMs: number): PaginationError {
  const article = document.articles.find((entry) => entry.id === progress.articleId);
  const where = progress.page
    ? `It had reached page ${progress.page}${article ? `, in the article ${quoteTitle(article.title)}` : ""}.`
    : "It stopped before finishing the first page.";
  return new PaginationError("layout-timeout", `Laying out the ${edition} edition took longer than ${Math.round(timeoutMs / 1000)} seconds. ${where}`, {
    hint: "A very large picture or table, or a very long word or link, can stall the layout. Check that article, or allow more time with --timeout.",
  });
}

/** Races `work` against the timeout and the build's AbortSignal. */
function withDeadline<T>(work: Promise<T>, options: PaginateOptions, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), options.timeoutMs);
    const onAbort = () => reject(new AbortedError());
    if (options.signal.aborted) onAbort();
    options.signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, (error: unknown) => reject(options.signal.aborted ? new AbortedError() : wrapBrowserError(error))).finally(() => {
      clearTimeout(timer);
      options.signal.removeEventListener("abort", onAbort);
    });
  });
}

function wrapBrowserError(error: unknown): Error {
  // A picture that does not decode is the editor's to fix (a located ContentError), not a browser failure.
  if (error instanceof PressroomError) return error;
  const message = (error as Error)?.message ?? String(error);
  // Paged.js reads break-before, break-after and page rules itself, cutting their selector at every comma, inside
  // :is( ) and :where( ) too: the pieces are not selectors, and the layout stops. The stylesheet is the layout's.
  const selector = /'querySelectorAll' on '[A-Za-z]+': '([^']*)' is not a valid selector/.exec(message);
  if (selector) {
    return new LayoutError("layout-selector", `The layout's stylesheet has a selector the page layout cannot read: “${selector[1]?.trim()}” is part of one cut at a comma.`, {
      hint: "In a rule with break-before, break-after or page, write each selector in full, separated by commas, without :is( ) or :where( ) lists, e.g. `.story-body h5, .story-body h6 { break-after: avoid; }`.",
      cause: error,
    });
  }
  return new PaginationError("browser-failed", `The browser failed while laying out pages: ${message.split("\n")[0]}`, {
    hint: "Run the build again. If it keeps failing, run with --debug and report the message.",
    cause: error,
  });
}

function shorten(url: string): string {
  return url.length > 120 ? `${url.slice(0, 117)}...` : url;
}
