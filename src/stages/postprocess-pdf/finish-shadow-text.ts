// Finishes the invisible twins of Nastaliq lines in one content target: printed glyphs silenced, twins made invisible text and put in reading order.

import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from "@cantoo/pdf-lib";
import type { ShadowTextFonts } from "../../shared/shadow-text-fonts.js";
import { drawsNothing } from "./draws-nothing.js";
import { findClearStates } from "./find-clear-states.js";
import { createFontMatcher } from "./match-font-family.js";
import { IDENTITY, toMatrix, type Matrix } from "./matrix.js";
import { parseContentStream, type Operation } from "./parse-content-stream.js";
import { planInvisibleTwins } from "./plan-invisible-twins.js";
import { planSilence } from "./plan-silence.js";
import { planTwinPlacement, type TwinForm } from "./plan-twin-placement.js";
import { prepareInlineForm, type InlineForm } from "./prepare-inline-form.js";
import type { FontInfo } from "./read-fonts.js";
import { removeTransparency, type TransparencyTarget } from "./remove-transparency.js";
import type { Rewrite } from "./rewrite-content-stream.js";
import type { ActualTextSpan, SpanScan } from "./scan-text-spans.js";

export interface ShadowTextRepairs {
  /** ActualText spans of printed-face glyphs emptied. */
  silencedSpans: number;
  /** Printed-face glyphs drawn outside any span, given an empty one. */
  silencedDraws: number;
  /** ToUnicode CMaps of printed faces rewritten to name no text. */
  silencedFonts: number;
  /** `gs` operators of a clear state (/ca 0) over twin text replaced by text rendering mode 3. */
  invisibleTwins: number;
  /** Clear states taken out of resources, and forms' transparency groups removed, once unused. */
  transparencyRemoved: number;
  /** Twins drawn inline right after the printed text they stand for. */
  placedTwins: number;
}

export const createShadowTextRepairs = (): ShadowTextRepairs => ({ silencedSpans: 0, silencedDraws: 0, silencedFonts: 0, invisibleTwins: 0, transparencyRemoved: 0, placedTwins: 0 });

export interface ShadowTarget extends TransparencyTarget {
  resources: PDFDict | undefined;
}

export interface ShadowTextPlan {
  rewrites: Rewrite[];
  /** Spans of silenced glyphs: the other repairs leave them alone. */
  handled: ReadonlySet<ActualTextSpan>;
  /** Candidates left as they were. */
  skipped: number;
  /**
   * Updates resources and counts once the rewritten content is written; a form that now paints nothing joins
   * `invisibleForms`. Returns how many more candidates were left as they were (a twin that cannot go inline).
   */
  finish(rewritten: string): number;
}

export interface ShadowTextContext {
  fonts: ShadowTextFonts;
  /** The text rendering mode a form starts with (its caller's): 0, or undefined when some stream sets one. */
  formRenderMode: 0 | undefined;
  /** Twin forms that paint nothing and can go inline, filled as forms are finished (forms go before pages). */
  invisibleForms: Map<PDFRawStream, InlineForm>;
  /** Objects no resource dictionary refers to any more, to delete if nothing else does. */
  unlinked: Set<PDFRef>;
  repairs: ShadowTextRepairs;
}

interface TargetOperations {
  operations: readonly Operation[];
  scan: SpanScan;
  fonts: ReadonlyMap<string, FontInfo | undefined>;
}

/**
 * The plan for one target: silence the printed faces (plan-silence.ts), turn clear-state twins into render
 * mode 3 (plan-invisible-twins.ts) and, on a page, draw twins that paint nothing inline after their
 * printed text (plan-twin-placement.ts).
 */
export function planShadowText(context: PDFContext, target: ShadowTarget, scanned: TargetOperations, shadow: ShadowTextContext): ShadowTextPlan {
  const { operations, scan, fonts } = scanned;
  const isSilenced = createFontMatcher(fonts, shadow.fonts.printed);
  const silence = planSilence(scan, isSilenced);
  const inheritedRenderMode = target.form ? shadow.formRenderMode : 0;
  const clearStates = findClearStates(context, target.resources);
  const twins = planInvisibleTwins(operations, clearStates, createFontMatcher(fonts, shadow.fonts.twins), inheritedRenderMode);
  const twinForms = findTwinForms(context, target, shadow.invisibleForms);
  const placement = planTwinPlacement(operations, scan, isSilenced, twinForms.forms);
  const finish = (rewritten: string) => {
    const { repairs } = shadow;
    repairs.silencedSpans += silence.spans;
    repairs.silencedDraws += silence.draws;
    repairs.invisibleTwins += twins.rewrites.length;
    repairs.placedTwins += placement.moved;
    twinForms.addFonts(placement.placed);
    for (const name of placement.inlined) unlinkResource(target, "XObject", name, shadow.unlinked);
    if (twins.rewrites.length === 0) return 0;
    const states = [...twins.replaced].map((name) => target.ownResources?.lookupMaybe(PDFName.of("ExtGState"), PDFDict)?.get(PDFName.of(name)));
    // Forms are small: read back, to check on what was written that the form now paints nothing. A form
    // starts with its caller's rendering mode, taken as unknown here: the twins set theirs before any glyph.
    const written = target.form ? parseContentStream(rewritten) : undefined;
    const paintsNothing = written !== undefined && drawsNothing(written, undefined);
    const removed = removeTransparency(target, twins.replaced, paintsNothing);
    repairs.transparencyRemoved += removed.states + removed.groups;
    if (removed.states > 0) for (const state of states) if (state instanceof PDFRef) shadow.unlinked.add(state);
    const inline = target.form && written && paintsNothing ? prepareInlineForm(rewritten, written) : undefined;
    if (target.form && inline) shadow.invisibleForms.set(target.form, inline);
    return target.form && !inline ? 1 : 0;
  };
  return { rewrites: [...silence.rewrites, ...twins.rewrites, ...placement.rewrites], handled: silence.handled, skipped: silence.skipped + twins.skipped + placement.skipped, finish };
}

/**
 * The target's Form XObjects that paint nothing and can go inline, by name, with their content written in
 * the target's font names. A font the target has under no name of its own gets one (`addFonts`, once the
 * content is written), which needs resources of the target's own; without them such a form is left out.
 */
function findTwinForms(context: PDFContext, target: ShadowTarget, invisibleForms: ReadonlyMap<PDFRawStream, InlineForm>) {
  const forms = new Map<string, TwinForm>();
  const fontDict = target.resources?.lookupMaybe(PDFName.of("Font"), PDFDict);
  const ownFonts = target.ownResources && target.ownResources.get(PDFName.of("Font")) instanceof PDFDict ? (target.ownResources.get(PDFName.of("Font")) as PDFDict) : undefined;
  const names = new Map<PDFObject, string>([...(fontDict?.entries() ?? [])].map(([name, value]) => [value, name.decodeText()]));
  const added = new Map<string, PDFObject>();
  const usedAliases = new Map<string, string[]>();
  const xObjects = target.resources?.lookupMaybe(PDFName.of("XObject"), PDFDict);
  for (const [name, value] of xObjects?.entries() ?? []) {
    const form = context.lookup(value);
    const inline = form instanceof PDFRawStream ? invisibleForms.get(form) : undefined;
    if (!(form instanceof PDFRawStream) || !inline) continue;
    const bbox = readNumbers(context, form.dict.lookup(PDFName.of("BBox")));
    const matrix = readFormMatrix(context, form);
    const formFonts = form.dict.lookupMaybe(PDFName.of("Resources"), PDFDict)?.lookupMaybe(PDFName.of("Font"), PDFDict);
    const aliases = new Map<string, string>();
    for (const font of inline.fonts) {
      const value = formFonts?.get(PDFName.of(font));
      if (value === undefined) break;
      let alias = names.get(value);
      if (alias === undefined && ownFonts) {
        alias = chooseFreeName(fontDict, added);
        names.set(value, alias);
        added.set(alias, value);
      }
      if (alias !== undefined) aliases.set(font, alias);
    }
    if (bbox?.length !== 4 || !matrix || aliases.size < inline.fonts.size) continue;
    forms.set(name.decodeText(), { bbox: bbox as [number, number, number, number], matrix, content: inline.render(aliases) });
    usedAliases.set(name.decodeText(), [...aliases.values()]);
  }
  /** Adds the names the forms drawn inline (by resource name) use and the target did not have. */
  const addFonts = (placed: ReadonlySet<string>) => {
    for (const form of placed) {
      for (const alias of usedAliases.get(form) ?? []) {
        const value = added.get(alias);
        if (value !== undefined) ownFonts?.set(PDFName.of(alias), value);
      }
    }
  };
  return { forms, addFonts };
}

/** "PRTwin1", "PRTwin2" …: the first name neither the font dictionary nor `added` has. */
function chooseFreeName(fontDict: PDFDict | undefined, added: ReadonlyMap<string, PDFObject>): string {
  for (let number = 1; ; number++) {
    const name = `PRTwin${number}`;
    if (!fontDict?.has(PDFName.of(name)) && !added.has(name)) return name;
  }
}

/** Takes `name` out of the target's own resources of `kind`; a referenced object it named may now be unused. */
function unlinkResource(target: ShadowTarget, kind: string, name: string, unlinked: Set<PDFRef>): void {
  const dict = target.ownResources?.get(PDFName.of(kind));
  if (!(dict instanceof PDFDict)) return;
  const value = dict.get(PDFName.of(name));
  dict.delete(PDFName.of(name));
  if (value instanceof PDFRef) unlinked.add(value);
}

function readFormMatrix(context: PDFContext, form: PDFRawStream): Matrix | undefined {
  const value = form.dict.lookup(PDFName.of("Matrix"));
  if (value === undefined) return IDENTITY;
  return toMatrix(readNumbers(context, value) ?? []);
}

function readNumbers(context: PDFContext, value: unknown): number[] | undefined {
  if (!(value instanceof PDFArray)) return undefined;
  const numbers = value.asArray().map((item) => context.lookup(item));
  return numbers.every((item) => item instanceof PDFNumber) ? numbers.map((item) => (item as PDFNumber).asNumber()) : undefined;
}
