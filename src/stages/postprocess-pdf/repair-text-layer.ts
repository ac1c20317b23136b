// Repairs the text layer Chrome writes for right-to-left scripts, so copied and extracted text comes out right.

import { availableParallelism } from "node:os";
import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFContext, type PDFDocument, type PDFObject } from "@cantoo/pdf-lib";
import type { ShadowTextFonts } from "../../shared/shadow-text-fonts.js";
import type { ContentTask, PlainFont } from "./content-repair-task.js";
import { deleteOrphans } from "./delete-orphans.js";
import { deriveToUnicodeFixes, type ScannedStream } from "./derive-to-unicode-fixes.js";
import { createShadowTextRepairs, planShadowText, type ShadowTarget, type ShadowTextContext, type ShadowTextRepairs } from "./finish-shadow-text.js";
import { deflateText } from "./flate-text.js";
import { createMeasure } from "./measure-glyphs.js";
import { patchToUnicode } from "./patch-to-unicode.js";
import { deriveHyphenFixes } from "./plan-soft-hyphen-repair.js";
import { readFonts, type FontCache, type FontInfo, type ToUnicodeSource } from "./read-fonts.js";
import { keepVoters, parseContent, planSpanRepairs, repairStream, type ContentFonts, type ContentRepairs, type ParsedContent } from "./repair-content.js";
import { rewriteContentStream } from "./rewrite-content-stream.js";
import { scanPrintedGlyphs, type GlyphScan } from "./scan-printed-glyphs.js";
import { canRunContentRepairs, runContentRepairs, scanGlyphsAside } from "./run-content-repairs.js";
import { readPrintedCodes, silenceToUnicode, type PrintedCodes } from "./silence-to-unicode.js";
import { isPlainFlate, readStreamText, writeStreamContents, writeStreamText } from "./stream-text.js";

export type { ShadowTextRepairs };

/** What was repaired, for the build's verbose log. */
export interface TextLayerRepairs {
  /** Clusters whose letter is now drawn before its marks (P1). */
  marks: number;
  /** ToUnicode entries named that Chrome left as U+0000 (P2). */
  toUnicode: number;
  /** ZWNJ glyphs given no width (P3). */
  zwnj: number;
  /** Soft hyphens taken out of the text layer (P4). */
  softHyphens: number;
  /** Candidates for a repair left as Chrome wrote them, because something about them was not as expected. */
  skipped: number;
  /** What was done for lines with invisible twins, when the document has them (TextLayerOptions.shadowText). */
  shadowText?: ShadowTextRepairs;
}

export interface TextLayerOptions {
  /** The faces of lines with invisible twins (page/shadow-text.js), when the document has any. */
  shadowText?: ShadowTextFonts | undefined;
  /**
   * Filled, when given, with each target's glyphs as Chrome drew them (scan-printed-glyphs.ts), scanned from the
   * text the repair decodes anyway, before it is rewritten: the print-side text check reads them.
   */
  glyphScans?: Map<PDFRawStream, GlyphScan | undefined>;
}

/** A page's content (one or more streams, read as one) or a Form XObject, and the resources it draws with. */
interface ContentTarget extends ShadowTarget {
  streams: PDFRawStream[];
  resources: PDFDict | undefined;
  /** Replaces the content with `deflated`, FlateDecode data (deflateText). */
  write(deflated: Uint8Array): void;
}

interface ScannedTarget extends ParsedContent {
  target: ContentTarget;
}

/**
 * Documents from this many pages have their targets repaired in worker threads. Each worker costs ~70 ms to
 * start and compiles the repair code afresh (measured on a 2-core machine: 16 pages took twice the CPU time
 * in workers, 32 pages barely gained, 64 clearly did), so smaller documents stay in-thread. Since the repair
 * reads operations as it goes, two workers repair the 200-page benchmark in about the time one thread does on
 * that machine (its two cores share much of their work); they are kept for machines with cores of their own,
 * and to leave Node's thread free for another edition's browser page.
 */
const MIN_PAGES_FOR_WORKERS = 48;

/**
 * Documents from this many pages repaired in-thread have their glyphs scanned (for the print-side text check) in
 * a worker meanwhile. In-thread the scan took 0.15 to 0.2 s of a 39-page issue's post-processing (cold code, 6.6 MB
 * of operators); a worker starts in ~70 ms on the other core and is done before the repair is. Below this, the
 * few milliseconds a page are not worth a worker, which would compete with the browser laying out the next edition.
 */
const MIN_PAGES_TO_SCAN_ASIDE = 16;

/**
 * Repairs, in place, three defects of Chrome's text layer that garble right-to-left text in readers: marks
 * drawn before their letter (P1, plan-mark-repair.ts), glyphs ToUnicode names U+0000 (P2,
 * derive-to-unicode-fixes.ts) and ZWNJs drawn space-wide (P3, plan-zwnj-repair.ts). With
 * `options.shadowText`, also finishes the invisible twins of Nastaliq lines (finish-shadow-text.ts): the
 * printed faces' glyphs give no text, the twins become invisible text without transparency, drawn where
 * their line is read. Only the text layer changes: every glyph is drawn where it was. Anything not exactly
 * as expected is left as Chrome wrote it: a span, or a whole content stream that cannot be parsed or
 * rewritten with certainty.
 */
export function repairTextLayer(doc: PDFDocument, options: TextLayerOptions = {}): TextLayerRepairs {
  const repairs = createRepairs();
  const fontCache: FontCache = new Map();
  const targets = collectContentTargets(doc);
  if (options.shadowText) {
    // Twins are planned across targets (forms first: a page draws a twin elsewhere only once its form is known
    // to paint nothing), and what a form's twins start from depends on every stream: every target is decoded, and
    // searched for a rendering mode, before any is rewritten. Each is then parsed as it is repaired, and only what
    // the document-wide fixes read is kept: holding every target's operations at once (59,000 for an Urdu sheet's
    // two sides) made a third of its post-processing garbage collection (about 0.75 -> 0.65 s cold, the same bytes).
    const read = readTargets(doc.context, targets, fontCache);
    for (const entry of read) options.glyphScans?.set(entry.target.streams[0] as PDFRawStream, scanPrintedGlyphs(entry.text));
    const shadow = createShadowTextContext(options.shadowText, read.length < targets.length || read.some((entry) => entry.setsRenderMode));
    repairs.shadowText = shadow.repairs;
    // Of each target's scan only what the document-wide fixes read is kept (keepVoters, the printed faces' codes):
    // kept whole to the end, every glyph's draw was copied by each garbage collection on the way, about 5% of an
    // Urdu sheet's post-processing (the same bytes out).
    const kept = new Map<ReadTarget, { voters: ScannedStream; silenced: PrintedCodes }>();
    for (const entry of [...read].sort((a, b) => Number(a.target.form === undefined) - Number(b.target.form === undefined))) {
      const parsed = parseContent(entry.text, entry.fonts);
      if (!parsed) continue;
      repairTarget(doc.context, { ...parsed, target: entry.target }, repairs, shadow);
      kept.set(entry, { voters: keepVoters(parsed), silenced: readPrintedCodes(parsed.scan, parsed.fonts, options.shadowText.printed) });
    }
    // In the targets' order, as they were read.
    const inOrder = read.flatMap((entry) => kept.get(entry) ?? []);
    applyDocumentFixes(doc, inOrder.map((entry) => entry.voters), repairs, { context: shadow, silenced: inOrder.map((entry) => entry.silenced) });
    return repairs;
  }
  // One target at a time, keeping only what the fixes vote on: a page is thousands of operations, and holding
  // every page's at once took gigabytes (and most of the time in garbage collection) at 200 pages.
  const voters = targets.flatMap((target) => repairTargetInThread(doc.context, target, fontCache, repairs, options.glyphScans));
  applyDocumentFixes(doc, voters, repairs, undefined);
  return repairs;
}

/**
 * The same repair as repairTextLayer, byte for byte, with the targets of a big document (each page and form
 * is repaired on its own) spread over worker threads; the document-wide fixes that follow run here, once
 * all are back. Documents with invisible twins (planned across targets), small ones, and runs from the
 * TypeScript sources (tests: there is no compiled worker) are repaired in-thread.
 */
export async function repairTextLayerInParallel(doc: PDFDocument, options: TextLayerOptions = {}): Promise<TextLayerRepairs> {
  const workerCount = availableParallelism();
  const canUseWorkers = workerCount >= 2 && canRunContentRepairs();
  if (options.shadowText || doc.getPageCount() < MIN_PAGES_FOR_WORKERS || !canUseWorkers) {
    // The glyphs are scanned in a worker meanwhile, from the content as Chrome wrote it, for a document long enough to gain.
    const aside = options.glyphScans && canUseWorkers && doc.getPageCount() >= MIN_PAGES_TO_SCAN_ASIDE ? startScanAside(doc) : undefined;
    const repairs = repairTextLayer(doc, aside ? { ...options, glyphScans: undefined } : options);
    if (aside && options.glyphScans) await aside(options.glyphScans);
    return repairs;
  }
  const repairs = createRepairs();
  const fontCache: FontCache = new Map();
  const targets = collectContentTargets(doc);
  // Fonts are read here (pages share them, and the votes need these very objects), and sent to workers once, as plain data.
  const fontIds = new Map<FontInfo, number>();
  const plainFonts: PlainFont[] = [];
  const prepared = targets.map((target) => {
    const fonts = readFonts(doc.context, target.resources, fontCache);
    return { target, fonts, task: createTask(target, fonts, fontIds, plainFonts, options.glyphScans !== undefined) };
  });
  const tasks = prepared.flatMap(({ task }) => (task ? [task] : []));
  let outcomes: Awaited<ReturnType<typeof runContentRepairs>>;
  try {
    outcomes = await runContentRepairs(tasks, plainFonts, workerCount);
  } catch {
    // Workers that cannot start: every target is repaired here.
    outcomes = [];
  }
  let taskIndex = 0;
  const voters = prepared.flatMap(({ target, fonts, task }): ScannedStream[] => {
    // A target whose streams cannot be decoded is left alone, as in-thread.
    if (!task) return [];
    const outcome = outcomes[taskIndex++];
    if (outcome === undefined) return repairTargetInThread(doc.context, target, fontCache, repairs, options.glyphScans);
    if (outcome.glyphs !== undefined) options.glyphScans?.set(target.streams[0] as PDFRawStream, outcome.glyphs ?? undefined);
    if (outcome.kind === "unread") return [];
    if (outcome.deflated) target.write(outcome.deflated);
    addRepairs(repairs, outcome.repairs);
    // The worker's spans and draws are plain data; the fonts they name are this thread's, which the votes compare by identity.
    return [{ fonts, scan: outcome.voters }];
  });
  applyDocumentFixes(doc, voters, repairs, undefined);
  return repairs;
}

/**
 * Starts scanning every target's glyphs in a worker, from its content as it is now (copied as it is sent); the
 * function returned waits and puts the scans in `into`. A target the worker could not scan is left out, for
 * countPrintedText to scan itself.
 */
function startScanAside(doc: PDFDocument): (into: Map<PDFRawStream, GlyphScan | undefined>) => Promise<void> {
  const targets = collectContentTargets(doc).flatMap((target) => {
    const parts = readTaskParts(target);
    return parts ? [{ first: target.streams[0] as PDFRawStream, parts }] : [];
  });
  const scanning = scanGlyphsAside(targets.map((target) => target.parts)).catch(() => undefined);
  return async (into) => {
    const scans = await scanning;
    scans?.forEach((scan, index) => {
      const target = targets[index];
      if (target) into.set(target.first, scan ?? undefined);
    });
  };
}

/** A target's streams as a worker takes them: Chrome's Flate data as it is, anything else decoded here; undefined if one cannot be. */
function readTaskParts(target: ContentTarget): ContentTask["parts"] | undefined {
  const parts: ContentTask["parts"] = [];
  for (const stream of target.streams) {
    if (isPlainFlate(stream)) {
      parts.push({ deflated: stream.getContents() });
      continue;
    }
    const text = readStreamText(stream);
    if (text === undefined) return undefined;
    parts.push({ text });
  }
  return parts;
}

/** A worker's task for `target`, its fonts added to `plainFonts` the first time one is used; undefined if a stream cannot be decoded. */
function createTask(target: ContentTarget, fonts: ContentFonts, fontIds: Map<FontInfo, number>, plainFonts: PlainFont[], scanGlyphs: boolean): ContentTask | undefined {
  // Chrome's Flate data is inflated in the worker; anything else is decoded here, by pdf-lib.
  const parts = readTaskParts(target);
  if (!parts) return undefined;
  const names: ContentTask["fonts"] = [...fonts].map(([name, font]) => {
    if (font === undefined) return [name, undefined];
    let id = fontIds.get(font);
    if (id === undefined) {
      id = plainFonts.push({ baseFont: font.baseFont, widths: font.widths, defaultWidth: font.defaultWidth, cmap: font.toUnicode?.cmap }) - 1;
      fontIds.set(font, id);
    }
    return [name, id];
  });
  return { parts, fonts: names, scanGlyphs };
}

/** Repairs one target here (no twins), adding what was done to `repairs`; what the document-wide fixes vote on, if it could be read. */
function repairTargetInThread(
  context: PDFContext,
  target: ContentTarget,
  fontCache: FontCache,
  repairs: TextLayerRepairs,
  glyphScans: TextLayerOptions["glyphScans"],
): ScannedStream[] {
  const text = readTargetText(target);
  if (text === undefined) return [];
  glyphScans?.set(target.streams[0] as PDFRawStream, scanPrintedGlyphs(text));
  const fonts = readFonts(context, target.resources, fontCache);
  const repaired = repairStream(text, fonts);
  if (!repaired) return [];
  if (repaired.rewritten !== undefined) target.write(deflateText(repaired.rewritten));
  addRepairs(repairs, repaired.repairs);
  return [{ fonts, scan: repaired.voters }];
}

const createRepairs = (): TextLayerRepairs => ({ marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 0 });

function addRepairs(repairs: TextLayerRepairs, own: ContentRepairs): void {
  repairs.marks += own.marks;
  repairs.zwnj += own.zwnj;
  repairs.softHyphens += own.softHyphens;
  repairs.skipped += own.skipped;
}

/** The fixes decided over the whole document from every target's `voters`: ToUnicode names (P2), hyphens (P4) and, with twins, silenced CMaps. */
function applyDocumentFixes(
  doc: PDFDocument,
  voters: readonly ScannedStream[],
  repairs: TextLayerRepairs,
  twins: { context: ShadowTextContext; silenced: readonly PrintedCodes[] } | undefined,
): void {
  // ToUnicode fixes are decided over the whole document: a code is named only if all its uses agree.
  const { fixes, skipped } = deriveToUnicodeFixes(voters);
  repairs.skipped += skipped;
  // Hyphens drawn where a line breaks at a soft hyphen read as "-" (P4): named codes, renamed.
  const renamed = new Map<ToUnicodeSource, Set<number>>();
  for (const [source, codes] of deriveHyphenFixes(voters)) {
    const named = fixes.get(source) ?? new Map<number, string>();
    for (const [code, text] of codes) if (!named.has(code)) named.set(code, text);
    fixes.set(source, named);
    renamed.set(source, new Set(codes.keys()));
  }

  const shadow = twins?.context;
  const silenced = twins ? silenceToUnicode(twins.silenced, twins.context.fonts.printed) : undefined;
  if (shadow && silenced) {
    shadow.repairs.silencedFonts += silenced.silenced;
    repairs.skipped += silenced.skipped;
  }
  for (const [source, codes] of fixes) {
    // A silenced CMap names nothing any more: its fixes do not apply.
    if (silenced?.streams.has(source.stream)) continue;
    const patched = patchToUnicode(source.text, source.cmap, codes, renamed.get(source));
    if (patched.applied.length > 0) writeStreamText(source.stream, patched.text);
    repairs.toUnicode += patched.applied.length;
    repairs.skipped += codes.size - patched.applied.length;
  }
  if (shadow) deleteOrphans(doc.context, shadow.unlinked);
}

/** Plans and writes one target's repairs with twins (theirs, then P1, P3, P4), adding what was done to `repairs`. */
function repairTarget(context: PDFContext, scannedTarget: ScannedTarget, repairs: TextLayerRepairs, shadow: ShadowTextContext): void {
  const { target, text, operations, scan, fonts } = scannedTarget;
  const shadowPlan = planShadowText(context, target, scannedTarget, shadow);
  const planned = planSpanRepairs(scan.spans, fonts, shadowPlan.handled);
  const rewrites = [...shadowPlan.rewrites, ...planned.rewrites];
  repairs.skipped += shadowPlan.skipped + planned.skipped;
  if (rewrites.length === 0) return;
  let rewritten: string;
  try {
    rewritten = rewriteContentStream(text, operations, rewrites, createMeasure(fonts));
  } catch {
    // RewriteError (or anything else): the text layer is a nicety, the page must come out as Chrome drew it.
    repairs.skipped += rewrites.length;
    return;
  }
  target.write(deflateText(rewritten));
  addRepairs(repairs, { ...planned.found, skipped: shadowPlan.finish(rewritten) });
}

/**
 * What finishing the twins needs across targets; a form starts with its caller's text rendering mode, 0 unless
 * some stream sets one (or one could not be read, and might).
 */
function createShadowTextContext(fonts: ShadowTextFonts, setsRenderMode: boolean): ShadowTextContext {
  return { fonts, formRenderMode: setsRenderMode ? undefined : 0, invisibleForms: new Map(), unlinked: new Set(), repairs: createShadowTextRepairs() };
}

/**
 * A Tr operator as written: after whitespace or the end of an operand, before whitespace or the start of the next
 * token. Only a Tr can set the mode, so a stream without one cannot, whether or not it parses; one found inside a
 * string or an inline image's data only makes the forms' starting mode unknown, which leaves their twins as drawn.
 * Searching the text instead of parsing every target for it (an Urdu sheet's 204 streams, 59,000 operations) takes
 * under 1 ms instead of 70 to 80 ms in a cold process, for the same bytes out.
 */
const RENDER_MODE_OPERATOR = /(?:^|[\s\])>])Tr(?=[\s\[<(/%]|$)/;

/** A target decoded, and whether it may set a text rendering mode (Tr). */
interface ReadTarget {
  target: ContentTarget;
  text: string;
  fonts: ContentFonts;
  setsRenderMode: boolean;
}

/**
 * The targets that decode; one that cannot is left out (and left alone). A target that does not parse is kept
 * here and left alone where it is repaired, as parseContent leaves it.
 */
function readTargets(context: PDFContext, targets: readonly ContentTarget[], fontCache: FontCache): ReadTarget[] {
  return targets.flatMap((target) => {
    const text = readTargetText(target);
    if (text === undefined) return [];
    const fonts = readFonts(context, target.resources, fontCache);
    return [{ target, text, fonts, setsRenderMode: RENDER_MODE_OPERATOR.test(text) }];
  });
}

/** A target's content, decoded; undefined if a stream cannot be. */
function readTargetText(target: ContentTarget): string | undefined {
  const parts = target.streams.map(readStreamText);
  if (parts.some((part) => part === undefined)) return undefined;
  // Streams of one page are one content stream, split anywhere between tokens.
  return parts.join("\n");
}

/** Every page's content and every Form XObject they use (each once), with its resources. */
function collectContentTargets(doc: PDFDocument): ContentTarget[] {
  const { context } = doc;
  const targets: ContentTarget[] = [];
  const seen = new Set<PDFObject>();
  const addForms = (resources: PDFDict | undefined) => {
    const xObjects = resources?.lookupMaybe(PDFName.of("XObject"), PDFDict);
    for (const value of xObjects?.values() ?? []) {
      const form = context.lookup(value);
      if (!(form instanceof PDFRawStream) || seen.has(form) || form.dict.lookup(PDFName.of("Subtype")) !== PDFName.of("Form")) continue;
      seen.add(form);
      // A form without resources of its own uses those of the page it is drawn on.
      const own = form.dict.lookupMaybe(PDFName.of("Resources"), PDFDict) ?? resources;
      targets.push({ streams: [form], resources: own, form, ownResources: readDirect(form.dict), write: (deflated) => writeStreamContents(form, deflated) });
      addForms(own);
    }
  };
  for (const page of doc.getPages()) {
    const resources = page.node.Resources();
    const contents = page.node.get(PDFName.of("Contents"));
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    const streams = refs.map((ref) => context.lookup(ref));
    const first = refs[0];
    if (first && streams.every((stream): stream is PDFRawStream => stream instanceof PDFRawStream) && !streams.some((stream) => seen.has(stream))) {
      streams.forEach((stream) => seen.add(stream));
      const write = (deflated: Uint8Array) => {
        writeStreamContents(streams[0] as PDFRawStream, deflated);
        // Several streams were read as one: the first now holds it all.
        if (streams.length > 1 && first instanceof PDFRef) page.node.set(PDFName.of("Contents"), first);
      };
      // Several streams can only be rewritten as one when the first is an object of its own.
      if (streams.length === 1 || first instanceof PDFRef) targets.push({ streams, resources, form: undefined, ownResources: readDirect(page.node), write });
    }
    addForms(resources);
  }
  // Resources another target also draws with (a form without its own uses its page's) are not one target's own.
  for (const target of targets) {
    if (targets.some((other) => other !== target && other.resources === target.ownResources)) target.ownResources = undefined;
  }
  return targets;
}

/** A dictionary's /Resources when written inside it (not a reference another object could share). */
function readDirect(dict: PDFDict): PDFDict | undefined {
  const resources = dict.get(PDFName.of("Resources"));
  return resources instanceof PDFDict ? resources : undefined;
}
