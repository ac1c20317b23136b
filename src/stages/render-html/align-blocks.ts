// Aligns an article's paragraphs with its translation's, so a parallel edition's rows start together (pure).

/** One row: how many blocks of each side it takes, in order. */
export type Bead = [number, number];

/** Row shapes allowed: translators merge or split paragraphs, rarely more than three into one. */
const BEADS: Bead[] = [[1, 1], [1, 2], [2, 1], [1, 3], [3, 1]];
/**
 * Merging rows always looks as good or better by length alone (errors cancel out), so a merged row
 * pays a price: a translation's paragraph may be off by ~8% of the article before merging wins.
 */
const MERGE_PENALTY = 0.08;
/**
 * A row of pictures on one side only and text on the other costs this much: both sides' pictures then share a row
 * of their own (a picture measures no text, so by length alone it would join whichever paragraph is nearest). A
 * corpus issue's parallel edition set the English opening picture beside the Persian one and the Persian first
 * paragraph, and that row could neither wait under the next row of text nor fit the front page.
 */
const PICTURE_APART_PENALTY = 0.1;

/** Which blocks of each side are pictures (a figure alone); none, when not given. */
export interface PictureBlocks {
  left: readonly boolean[];
  right: readonly boolean[];
}

/**
 * Groups blocks by length, like Gale and Church's sentence alignment: a translation's paragraph is about
 * as long, relative to its whole text, as the paragraph it translates. Dynamic programming over the
 * beads above minimises the sum of |share of left - share of right| per row; the ends always meet.
 */
export function alignBlocks(left: number[], right: number[], pictures: PictureBlocks = { left: [], right: [] }): Bead[] {
  const totalLeft = Math.max(1, sum(left));
  const totalRight = Math.max(1, sum(right));
  const n = left.length;
  const m = right.length;
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const back: (Bead | null)[][] = Array.from({ length: n + 1 }, () => new Array<Bead | null>(m + 1).fill(null));
  (cost[0] as number[])[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = (cost[i] as number[])[j] as number;
      if (!Number.isFinite(here)) continue;
      for (const bead of BEADS) {
        const [a, b] = bead;
        if (i + a > n || j + b > m) continue;
        const share = Math.abs(sum(left.slice(i, i + a)) / totalLeft - sum(right.slice(j, j + b)) / totalRight);
        const apart = holdsPicturesOnly(pictures.left, i, a) !== holdsPicturesOnly(pictures.right, j, b);
        const next = here + share + (a + b > 2 ? MERGE_PENALTY : 0) + (apart ? PICTURE_APART_PENALTY : 0);
        if (next < ((cost[i + a] as number[])[j + b] as number)) {
          (cost[i + a] as number[])[j + b] = next;
          (back[i + a] as (Bead | null)[])[j + b] = bead;
        }
      }
    }
  }
  if (!Number.isFinite((cost[n] as number[])[m] as number)) return [[n, m]]; // shapes beyond the beads: one row
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const bead = (back[i] as (Bead | null)[])[j] as Bead;
    beads.unshift(bead);
    i -= bead[0];
    j -= bead[1];
  }
  return beads;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** True when the `count` blocks from `start` are all pictures. */
function holdsPicturesOnly(pictures: readonly boolean[], start: number, count: number): boolean {
  for (let index = start; index < start + count; index++) if (!pictures[index]) return false;
  return true;
}
