// The build: the stages before the browser (prepare-issue.ts), then paginate and copyfit, post-process, fold, write, impose and press.

import os from "node:os";
import path from "node:path";
import type { BuildOptions } from "../config/build-options.js";
import { resolveProjectOptions } from "./resolve-project-options.js";
import type { BuildWarning } from "../diagnostics/warnings.js";
import { openBrowserSession, type BrowserSession } from "../stages/paginate/browser-session.js";
import { launchBrowser, type LaunchedBrowser } from "../stages/paginate/launch-browser.js";
import { openEditionPage } from "../stages/paginate/paginate.js";
import { openPageSurvivingRestart } from "./open-page-surviving-restart.js";
import { isCopyfitted, layOutToSides } from "../stages/copyfit/lay-out-to-sides.js";
import type { ImposedCopy } from "../stages/impose-pdf/write-imposed-copy.js";
import { findSide, listFolds } from "../stages/fold-leaflet/plan-trifold.js";
import type { HtmlDocument } from "../stages/render-html/render-document.js";
import { countUntranslated } from "../stages/summarize-edition/count-untranslated.js";
import { describeMetadata } from "./describe-metadata.js";
import { prepareOutputFolder } from "../stages/write-output/prepare-output-folder.js";
import { removeStaleOutput } from "../stages/write-output/remove-stale-output.js";
import { ContentError } from "../diagnostics/errors.js";
import { EditionsNotWritten, type EditionNotWritten } from "./editions-not-written.js";
import { writeOutput } from "../stages/write-output/write-output.js";
import { describePrintedPictures } from "../stages/press-pdf/describe-printed-pictures.js";
import { describeTextLostInPrint } from "../stages/postprocess-pdf/find-text-lost-in-print.js";
import type { PressOutput } from "../stages/press-pdf/press-edition.js";
import { BLEED_RANGE_MM } from "../stages/press-pdf/press-geometry.js";
import { mmToPt } from "../shared/units.js";
import { createBuildContext, type BuildContext, type EditionTimings } from "./build-context.js";
import { mapWithLimit } from "./map-with-limit.js";
import { createLimiter } from "./create-limiter.js";
import { prepareIssue } from "./prepare-issue.js";
import { listLayoutFolders } from "../stages/load-issue/load-layout.js";
import type { EditionSummary } from "../stages/summarize-edition/summarize-edition.js";
import { describeForeignFont } from "../stages/summarize-edition/describe-foreign-font.js";
import { isBrowserLost, keepBrowser } from "./keep-browser.js";
import { findGlyphErrors } from "../check/find-glyph-errors.js";
import { readShadowedCoverage } from "../stages/paginate/read-shadowed-coverage.js";
import { chooseOfficeCopy } from "./choose-office-copy.js";
import { scheduleGlyphCheck } from "./schedule-glyph-check.js";
import { GENERATOR } from "./version.js";
import { adoptEarlyBrowser, BROWSER_LAUNCH_TIMEOUT_MS, type EarlyBrowser } from "./start-browser-early.js";

export interface EditionOutput {
  edition: string;
  lang: string;
  path: string;
  pages: number;
  warnings: BuildWarning[];
  /** What copyfitting changed to fill the sheet (layouts with `sides:`); for a flip edition, its first half's. */
  fitted?: string;
  /** The office copy (--impose or issue.md's `impose`), written beside the reading PDF. */
  imposed?: ImposedCopy;
  /** The print shop's copy (--press) and its preflight, written beside the reading PDF. */
  press?: PressOutput;
  /** A folded leaflet (layout.yaml's `fold:`): `path` is its sheet, both sides; these are its panels in reading order. */
  panels?: { path: string; count: number };
  /** What an editor checks before printing: pages, fonts, pictures, text, warnings. */
  summary: EditionSummary;
  /** This edition's own time per stage and its number of layouts (BuildContext.editionTimings). */
  timings: EditionTimings;
}

export interface BuildResult {
  issue: string;
  outputs: EditionOutput[];
  /** Warnings that belong to no single edition. */
  warnings: BuildWarning[];
  timings: BuildContext["timings"];
}

/**
 * `started`: a browser the command line started before loading the rest of pressroom (start-browser-early.ts),
 * used if it is the one the project's settings ask for.
 */
export async function runBuild(options: BuildOptions, started?: EarlyBrowser): Promise<BuildResult> {
  const config = await resolveProjectOptions(options);
  // Aborted as the build ends, however it ends: an edition still laying out when another failed, or when the glyph
  // check found a problem, must stop rather than take the browser's closing for a crash and start it again.
  const ended = new AbortController();
  const ctx = createBuildContext(options.signal ? AbortSignal.any([options.signal, ended.signal]) : ended.signal, options.onWarning);
  const progress = options.onProgress ?? (() => undefined);
  // The browser starts (or has started) while the issue is read and rendered: it needs nothing from them.
  const early = adoptEarlyBrowser(started, config);
  ctx.defer(() => early.discard());
  // pdf-lib and the stages on PDF bytes take 0.3 s of Node's one thread to load. Nothing needs them until the first
  // pages are printed, so they load once the browser lays out a first page (Node waits then), not while the issue is
  // read and rendered, nor while the page loads (its requests pass through Node).
  let pdfStages: Promise<typeof import("./load-pdf-stages.js")> | undefined;
  const loadPdfStages = () => (pdfStages ??= import("./load-pdf-stages.js"));
  try {
    progress({ type: "stage", stage: "load" });
    const { issue, layout, imageUses, catalog, editions, parts } = await prepareIssue(config, ctx);
    // A character no bundled font has would print from a system font or as an empty box: the build stops at it,
    // before anything is written and before any other problem is told (schedule-glyph-check.ts says when it runs).
    const glyphs = scheduleGlyphCheck(() => ctx.time("fonts", () => findGlyphErrors(issue, config.fontsDir)));
    await ctx.time("load", () => prepareOutputFolder(path.join(config.outRoot, issue.name)));
    /** Warnings told about one edition carry its code. */
    const warnAbout = (code: string) => (warning: BuildWarning) => ctx.warn({ ...warning, edition: code });
    // Read once, begun with the glyph check while the browser lays out, so that no edition's printing waits for it.
    let shadowedCoverage: ReturnType<typeof readShadowedCoverage> | undefined;
    const readCoverage = () => (shadowedCoverage ??= readShadowedCoverage(config.fontsDir));
    const layOutEditions = async () => {
      const pictures = { catalog, uses: imageUses, grayscale: config.grayscale === true || issue.meta.grayscale, made: new Map() };

      // A problem with the issue is reported before a problem with the browser, as when the browser started after it.
      const location = early.location();
      const openSession = (launching?: Promise<LaunchedBrowser>) =>
        openBrowserSession(location, {
          issueDir: issue.dir,
          templatesDir: config.templatesDir,
          fontsDir: config.fontsDir,
          layoutFolders: listLayoutFolders(layout),
        }, BROWSER_LAUNCH_TIMEOUT_MS, launching);
      progress({ type: "stage", stage: "browser" });
      // Only the wait that is left counts as the browser stage: the rest overlapped with the stages before.
      // One started again after it stopped mid-build runs as several processes: one process is Chromium's unsupported mode.
      const browser = keepBrowser(await ctx.time("browser", () => openSession(early.take())), () =>
        openSession(launchBrowser(location, BROWSER_LAUNCH_TIMEOUT_MS, { oneProcess: false })),
      );
      ctx.defer(() => browser.close());

      // Once the last edition is laid out the browser is closed, while the PDFs are finished, not after: shutting a
      // browser that held 200 pages takes a while. The build's cleanup closes it too (closing twice does nothing).
      let layingOut = parts.length;
      const closeBrowserWhenDone = () => {
        if (--layingOut === 0) void browser.close().catch(() => undefined);
      };
      // Chromium as one process lays out one page at a time, whatever its tabs: there editions are laid out one after
      // another, each (after the first) in the page the one before printed from (paginate.ts), each post-processed
      // while the next is laid out. Side by side, two editions took turns and a second page was loaded: six sheets
      // 4.73 -> 4.61 s and the sample issue 4.60 -> 4.34 s so (0.7 to 1 s less CPU). With several processes, one per core.
      const layOutInTurn = createLimiter(() => (browser.current().oneProcess ? 1 : os.availableParallelism()));
      return await mapWithLimit(parts, Math.max(1, os.availableParallelism()), async ({ edition, document }) => {
        const warn = warnAbout(edition.code);
        const timeoutMs = config.timeoutMs ?? estimateTimeout(document);
        const openWith = (session: BrowserSession) =>
          openEditionPage(document, session, {
            timeoutMs,
            signal: ctx.signal,
            warn,
            shadowText: config.textLayer === "repaired",
            readShadowedCoverage: readCoverage,
            pictures,
            picturesEarly: !isCopyfitted(layout.settings, issue.meta.sides),
            onProgress: (page) => {
              // The browser is laying out: Node's thread is free for the PDF stages' code and the glyph check.
              void loadPdfStages().catch(() => undefined);
              glyphs.start();
              // A font it cannot read is the glyph check's to tell; the printing that awaits it fails too.
              void readCoverage().catch(() => undefined);
              progress({ type: "page", edition: document.edition.code, page });
            },
            // Timed for the edition too (a flip edition's halves under its code), so a slow language shows as itself.
            record: (stage, ms) => ctx.record(stage, ms, edition.code),
            onLayout: () => ctx.countLayout(edition.code),
          });
        // A browser that crashes (or is killed) while laying out or printing is started again once, and the edition laid out anew.
        const restartAfter = async (session: BrowserSession, error: unknown) => {
          if (ctx.signal.aborted || !isBrowserLost(session)) throw error;
          const fresh = await browser.restart(session);
          warn({
            code: "browser-restarted",
            message: `The browser stopped while laying out the ${document.edition.code} edition; pressroom started it again and laid the edition out anew.`,
          });
          return fresh;
        };
        // Each edition is laid out in a browser page of its own (every copyfitting trial in the same one).
        const openPage = () => openPageSurvivingRestart(openWith, browser.current(), restartAfter);
        // An edition too long for its sheet is set aside, not the build stopped: the others are still written (editions-not-written.ts).
        const fittedOrNot = await layOutInTurn(() => layOutToSides(document, layout.settings, issue.meta.sides, openPage, warn))
          .catch((error: unknown) => {
            if (error instanceof ContentError && error.code === "copyfit-overflow" && !ctx.signal.aborted) return error;
            throw error;
          })
          .finally(closeBrowserWhenDone);
        if (fittedOrNot instanceof ContentError) return { edition, notFitted: fittedOrNot };
        const { pdf, fitted } = fittedOrNot;
        const { postprocessPdf } = await loadPdfStages();
        if (fitted) progress({ type: "edition-fitted", edition: document.edition.code, message: fitted });
        const result = await ctx.time(
          "postprocess",
          () =>
            postprocessPdf({
              bytes: pdf.bytes,
              layout: pdf.layout,
              articles: document.articles,
              // No bleed until press output (--press) makes the page larger than the trim.
              bleed: 0,
              metadata: describeMetadata(issue, edition, document.edition.lang, GENERATOR),
              shadowText: pdf.shadowText,
              repairTextLayer: config.textLayer === "repaired",
            }),
          edition.code,
        );
        return { edition, pages: pdf.layout.pageCount, fitted, printedPictures: pdf.pictures ?? [], articles: pdf.layout.articles, paper: document.paper, fold: document.fold, ...result };
      });
    };
    const laidOut = await glyphs.guard(layOutEditions(), ctx.signal);
    const pressed = laidOut.flatMap((part) => ("notFitted" in part ? [] : [part]));
    const notFitted = laidOut.flatMap((part) => ("notFitted" in part && part.notFitted ? [{ edition: part.edition, error: part.notFitted }] : []));
    const notWritten: EditionNotWritten[] = [];

    const { composeFlip, writeLeaflet, writeImposedCopy, pressEdition, summarizeEdition, findForeignFonts } = await loadPdfStages();
    const outputs: EditionOutput[] = [];
    for (const edition of editions) {
      const file = path.join(config.outRoot, issue.name, `${edition.code}.pdf`);
      const unfitted = notFitted.find((part) => part.edition === edition);
      if (unfitted) {
        const removed = await ctx.time("write", () => removeStaleOutput(path.dirname(file), edition.code), edition.code);
        notWritten.push({ edition: edition.code, error: unfitted.error, removed });
        continue;
      }
      const mine = pressed.filter((part) => part.edition === edition);
      const [first, second] = mine as [(typeof mine)[number], (typeof mine)[number] | undefined];
      const metadata = describeMetadata(issue, edition, edition.lang, GENERATOR);
      const composed = second ? await ctx.time("postprocess", () => composeFlip(first, second, metadata), edition.code) : first;
      // A leaflet's panels are printed onto the two sides of its sheet: that sheet is the edition's PDF.
      const fold = first.fold;
      const leaflet = fold ? await ctx.time("fold", () => writeLeaflet(file, composed, fold, metadata, layout.name), edition.code) : undefined;
      const joined = leaflet ? { bytes: leaflet.bytes, pages: 2 } : composed;
      await ctx.time("write", () => writeOutput(file, joined.bytes), edition.code);
      progress({ type: "edition-done", edition: edition.code, pages: joined.pages, file, ...(leaflet && { panels: { count: leaflet.panels, file: leaflet.panelsPath } }) });
      if (mine.some((part) => part.type3Fonts > 0)) {
        // fontkit is loaded only for this, as for the glyph check: 0.1 s of every build otherwise.
        const { describeType3Fonts } = await import("../check/describe-type3-fonts.js");
        warnAbout(edition.code)(await describeType3Fonts(edition.code, config.fontsDir));
      }
      // Pages of the PDF missing text laid out on them: a flip edition's second half starts after the first half's
      // pages; a leaflet's pages are its panels.
      const lostInPrint = mine.flatMap((part, index) => part.textLostInPrint.map((lost) => ({ ...lost, page: lost.page + (index === 0 ? 0 : first.pages) })));
      for (const lost of lostInPrint) warnAbout(edition.code)(describeTextLostInPrint(lost, edition.code, fold ? "panel" : "page"));
      // Each photograph's ppi where it prints, for the press preflight and the summary; a flip edition's second half starts after the first half's pages.
      let offset = 0;
      const printed = mine.flatMap((part) => {
        const described = describePrintedPictures(part.printedPictures, catalog, imageUses, offset);
        offset += part.pages;
        return described;
      });
      // The office copy is made from the finished reading PDF (flip halves already joined).
      const impose = chooseOfficeCopy(Boolean(fold), config, issue.meta);
      const imposed = impose
        ? await ctx.time("impose", () => writeImposedCopy(file, joined.bytes, { mode: impose, direction: edition.dir, metadata, paperWeight: config.paperWeight ?? issue.meta["paper-weight"] }), edition.code)
        : undefined;
      if (imposed) progress({ type: "edition-imposed", edition: edition.code, mode: imposed.mode, file: imposed.path, sheets: imposed.sheets, sheet: imposed.sheet, scale: imposed.scale });
      // The press copy is made from the finished reading PDF too; the flag's bleed wins over issue.md's.
      const press = config.press
        ? await ctx.time("press", () => {
            // A leaflet's press PDF has two pages, its sides: a picture is reported on the side its panel prints on.
            const onPages = fold ? printed.map((picture) => (picture.page ? { ...picture, page: findSide(fold, picture.page) } : picture)) : printed;
            const bleedMm = config.press?.bleedMm ?? issue.meta.press?.bleed ?? BLEED_RANGE_MM.standard;
            const trim = { width: mmToPt(first.paper.width), height: mmToPt(first.paper.height) };
            // A leaflet's print shop folds it: fold marks between its panels, on each side.
            const folds = fold && listFolds(fold).map((side) => side.map(mmToPt));
            return pressEdition(joined.bytes, file, onPages, { bleedMm, cmyk: config.press?.cmyk === true, env: config.env, paper: trim, folds }, warnAbout(edition.code));
          }, edition.code)
        : undefined;
      const foreign = await ctx.time("write", () => findForeignFonts(mine.flatMap((part) => part.fonts), config.fontsDir, () => joined.bytes), edition.code);
      for (const font of foreign) warnAbout(edition.code)(describeForeignFont(font, edition.code));
      const warnings = ctx.warnings.filter((warning) => warning.edition === edition.code);
      const summary = ctx.time(
        "write",
        () =>
          summarizeEdition({
            fonts: mine.flatMap((part) => part.fonts),
            pages: joined.pages,
            pictures: [...mine.flatMap((part) => part.printedPictures.map(({ path }) => ({ path }))), ...printed],
            articles: mine.flatMap((part) => part.articles),
            textLost: { unit: fold ? "panel" : "page", numbers: lostInPrint.map((lost) => lost.page) },
            untranslated: countUntranslated(edition),
            warnings: warnings.length,
          }),
        edition.code,
      );
      outputs.push({
        edition: edition.code,
        lang: edition.lang,
        path: file,
        pages: joined.pages,
        warnings,
        summary,
        timings: ctx.editionTimings.get(edition.code) ?? { stages: {}, layouts: 0 },
        ...(first.fitted && { fitted: first.fitted }),
        ...(imposed && { imposed }),
        ...(press && { press }),
        ...(leaflet && { panels: { path: leaflet.panelsPath, count: leaflet.panels } }),
      });
    }
    const result = { issue: issue.name, outputs, warnings: ctx.warnings.filter((warning) => !warning.edition), timings: ctx.timings };
    const [firstNotWritten, ...moreNotWritten] = notWritten;
    if (firstNotWritten) throw new EditionsNotWritten([firstNotWritten, ...moreNotWritten], result);
    return result;
  } finally {
    ended.abort();
    await ctx.runCleanup();
  }
}

/** Generous for the document's size: 60 s plus 1 s per 4 KB of HTML (a 200-page issue is ~2 MB). */
function estimateTimeout(document: HtmlDocument): number {
  return 60_000 + Math.ceil(document.html.length / 4096) * 1000;
}
