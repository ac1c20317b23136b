// Finds the pages of a built PDF (all but the last) that end with a band left blank above their running footer, as drawn: what a reader sees as a page ended early.

import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";

/** A page that ends early: its number, and the share of its height left blank above the running footer. */
export interface BlankPage {
  page: number;
  share: number;
}

/** Pages ending with at least this share of their height blank are listed: a third of a page, or more. */
export const MIN_BLANK_SHARE = 0.3;
/** Drawn at 12 pixels an inch: a line of text is still a row of dark pixels, and a page takes a few milliseconds. */
const RESOLUTION = 12;
/**
 * What is read of each page, as shares of its height and width: below its top margin, above its running footer (the
 * lowest in pressroom's layouts starts at 91% of an A5 page), inside its side margins.
 */
const AREA = { top: 0.05, bottom: 0.91, side: 0.05 };
/** A pixel darker than this (of 255) is ink: text, a rule, a picture. */
const INK = 200;

const run = promisify(execFile);

/**
 * The pages of `pdf`, its last left out (an edition ends where its text does), that end with `minShare` of their
 * height or more blank, each with that share (two decimals). A page with no ink at all above its footer is a blank
 * page left on purpose (a booklet's padding), not a page ended early. Needs poppler's pdftoppm.
 */
export async function measureBlankPages(pdf: string, minShare = MIN_BLANK_SHARE): Promise<BlankPage[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "pressroom-blank-"));
  try {
    await run("pdftoppm", ["-r", String(RESOLUTION), "-gray", "-png", pdf, path.join(dir, "page")]);
    // pdftoppm numbers its files with as many digits as the last page needs: sorted by name, they are in order.
    const files = (await readdir(dir)).filter((name) => name.endsWith(".png")).sort();
    const blank: BlankPage[] = [];
    for (const [index, file] of files.slice(0, -1).entries()) {
      const share = await readBlankShare(path.join(dir, file));
      if (share !== undefined && share >= minShare) blank.push({ page: index + 1, share: Math.round(share * 100) / 100 });
    }
    return blank;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The share of a drawn page's height left blank between its lowest ink and its footer; undefined with no ink. */
async function readBlankShare(file: string): Promise<number | undefined> {
  const { data, info } = await sharp(file).greyscale().raw().toBuffer({ resolveWithObject: true });
  const top = Math.floor(info.height * AREA.top);
  const bottom = Math.floor(info.height * AREA.bottom);
  const left = Math.floor(info.width * AREA.side);
  const right = Math.ceil(info.width * (1 - AREA.side));
  for (let y = bottom - 1; y >= top; y--) {
    for (let x = left; x < right; x++) if ((data[y * info.width * info.channels + x * info.channels] ?? 255) < INK) return (bottom - 1 - y) / info.height;
  }
  return undefined;
}
