// Repairs the text layer Chrome writes for right-to-left scripts, so copied and extracted text comes out right.

import { PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef, type PDFContext, type PDFDocument, type PDFObject } from "@cantoo/pdf-lib";
import type { ShadowTextFonts } from "../../shared/shadow-text-fonts.js";
import { deleteOrphans } from "./delete-orphans.js";
import { deriveToUnicodeFixes, type ScannedStream } from "./derive-to-unicode-fixes.js";
import { createShadowTextRepairs, planShadowText, type ShadowTarget, type ShadowTextContext, type ShadowTextRepairs } from "./finish-shadow-text.js";
import { parseContentStream, type Operation } from "./parse-content-stream.js";
import { patchToUnicode } from "./patch-to-unicode.js";
import { planMarkRepair, type Plan } from "./plan-mark-repair.js";
import { deriveHyphenFixes, HYPHEN, planSoftHyphenRepair } from "./plan-soft-hyphen-repair.js";
import { planZwnjRepair } from "./plan-zwnj-repair.js";
import { createMeasure, readFonts, type FontCache, type ToUnicodeSource } from "./read-fonts.js";
import { rewriteContentStream, type Rewrite } from "./rewrite-content-stream.js";
import { scanTextSpans, type Draw } from "./scan-text-spans.js";
import { classifyGlyph } from "./classify-glyph.js";
import { silenceToUnicode } from "./silence-to-unicode.js";
import { readStreamText, writeStreamText } from "./stream-text.js";

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
}

/** A page's content (one or more streams, read as one) or a Form XObject, and the resources it draws with. */
interface ContentTarget extends ShadowTarget {
  streams: PDFRawStream[];
  resources: PDFDict | undefined;
  /** Replaces the content with `text`. */
  write(text: string): void;
}

interface ScannedTarget extends ScannedStream {
  target: ContentTarget;
  text: string;
  operations: Operation[];
}

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
  const repairs: TextLayerRepairs = { marks: 0, toUnicode: 0, zwnj: 0, softHyphens: 0, skipped: 0 };
  const fontCache: FontCache = new Map();
  const targets = collectContentTargets(doc);
  // What the document-wide fixes (ToUnicode, hyphens) read of every target, once its own repairs are done.
  let voters: ScannedStream[];
  let shadow: ShadowTextContext | undefined;
  if (options.shadowText) {
    // Twins are planned across targets (forms first: a page draws a twin elsewhere only once its form is known
    // to paint nothing), so every target is read before any is rewritten.
    const scanned = targets.flatMap((target) => scanTarget(doc.context, target, fontCache));
    shadow = createShadowTextContext(options.shadowText, targets, scanned);
    repairs.shadowText = shadow.repairs;
    for (const scannedTarget of [...scanned].sort((a, b) => Number(a.target.form === undefined) - Number(b.target.form === undefined))) {
      repairTarget(doc.context, scannedTarget, repairs, shadow);
    }
    voters = scanned;
  } else {
    // One target at a time, keeping only what the fixes vote on: a page is thousands of operations, and holding
    // every page's at once took gigabytes (and most of the time in garbage collection) at 200 pages.
    voters = targets.flatMap((target) =>
      scanTarget(doc.context, target, fontCache).map((scannedTarget) => {
        repairTarget(doc.context, scannedTarget, repairs, undefined);
        return keepVoters(scannedTarget);
      }),
    );
  }

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

  const silenced = shadow ? silenceToUnicode(voters, shadow.fonts.printed) : undefined;
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
  return repairs;
}

/** Plans and writes one target's repairs (P1, P3, P4 and, with twins, theirs), adding what was done to `repairs`. */
function repairTarget(context: PDFContext, scannedTarget: ScannedTarget, repairs: TextLayerRepairs, shadow: ShadowTextContext | undefined): void {
  const { target, text, operations, scan, fonts } = scannedTarget;
  const shadowPlan = shadow && planShadowText(context, target, scannedTarget, shadow);
  const rewrites: Rewrite[] = [...(shadowPlan?.rewrites ?? [])];
  repairs.skipped += shadowPlan?.skipped ?? 0;
  const found = { marks: 0, zwnj: 0, softHyphens: 0 };
  for (const span of scan.spans) {
    if (shadowPlan?.handled.has(span)) continue;
    const plans: [keyof typeof found, Plan][] = [
      ["marks", planMarkRepair(span, fonts)],
      ["zwnj", planZwnjRepair(span, fonts)],
      ["softHyphens", planSoftHyphenRepair(span, fonts)],
    ];
    for (const [kind, plan] of plans) {
      if (plan.kind === "repair") {
        rewrites.push(plan.rewrite);
        found[kind]++;
      } else if (plan.kind === "skip") {
        repairs.skipped++;
      }
    }
  }
  if (rewrites.length === 0) return;
  let rewritten: string;
  try {
    rewritten = rewriteContentStream(text, operations, rewrites, createMeasure(fonts));
  } catch {
    // RewriteError (or anything else): the text layer is a nicety, the page must come out as Chrome drew it.
    repairs.skipped += rewrites.length;
    return;
  }
  target.write(rewritten);
  repairs.marks += found.marks;
  repairs.zwnj += found.zwnj;
  repairs.softHyphens += found.softHyphens;
  repairs.skipped += shadowPlan?.finish(rewritten) ?? 0;
}

/**
 * The part of a target the document-wide fixes read: its spans and, of the glyphs drawn outside them, those a
 * fix could concern (unnamed by ToUnicode, or named the hyphen U+2010); every other loose glyph is dropped.
 */
function keepVoters({ scan, fonts }: ScannedTarget): ScannedStream {
  const concerns = (draw: Draw) => {
    const font = draw.font === undefined ? undefined : fonts.get(draw.font);
    return (draw.codes ?? []).some((code) => {
      const glyph = classifyGlyph(font, code);
      return glyph !== undefined && (glyph.kind === "unnamed" || glyph.text === HYPHEN);
    });
  };
  return { fonts, scan: { spans: scan.spans, looseDraws: scan.looseDraws.filter(concerns) } };
}

/** What finishing the twins needs across targets; a form starts with its caller's text rendering mode, 0 unless some stream sets one. */
function createShadowTextContext(fonts: ShadowTextFonts, targets: readonly ContentTarget[], scanned: readonly ScannedTarget[]): ShadowTextContext {
  const setsRenderMode = scanned.length < targets.length || scanned.some(({ operations }) => operations.some((operation) => operation.operator === "Tr"));
  return { fonts, formRenderMode: setsRenderMode ? undefined : 0, invisibleForms: new Map(), unlinked: new Set(), repairs: createShadowTextRepairs() };
}

/** Decodes and parses a target; nothing for one that cannot be read with certainty. */
function scanTarget(context: PDFContext, target: ContentTarget, fontCache: FontCache): ScannedTarget[] {
  const parts = target.streams.map(readStreamText);
  if (parts.some((part) => part === undefined)) return [];
  // Streams of one page are one content stream, split anywhere between tokens.
  const text = parts.join("\n");
  let operations: Operation[];
  try {
    operations = parseContentStream(text);
  } catch {
    // ContentSyntaxError: what cannot be parsed with certainty is not touched.
    return [];
  }
  const fonts = readFonts(context, target.resources, fontCache);
  return [{ target, text, operations, fonts, scan: scanTextSpans(operations, createMeasure(fonts)) }];
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
      targets.push({ streams: [form], resources: own, form, ownResources: readDirect(form.dict), write: (text) => writeStreamText(form, text) });
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
      const write = (text: string) => {
        writeStreamText(streams[0] as PDFRawStream, text);
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
