// Rewrites neutral colours (gray and black, as RGB or gray) as black ink only, before the CMYK conversion (pure).

const NUMBER = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)`;
const RGB_SET = new RegExp(String.raw`(^|\s)(${NUMBER})\s+(${NUMBER})\s+(${NUMBER})\s+(rg|RG)(?=\s|$)`, "g");
const GRAY_SET = new RegExp(String.raw`(^|\s)(${NUMBER})\s+(g|G)(?=\s|$)`, "g");

/**
 * Ghostscript turns RGB black into four-colour "rich" black, which prints text blurred when the plates are a
 * hair out of register. A colour with equal red, green and blue is written as DeviceCMYK `0 0 0 k` instead,
 * which Ghostscript keeps: body text (#2f2f2f in the layouts) then prints with the black plate alone.
 */
export function setNeutralsToBlackInk(content: string): string {
  return content
    .replace(RGB_SET, (match, lead: string, r: string, g: string, b: string, op: string) =>
      Number(r) === Number(g) && Number(g) === Number(b) ? `${lead}${describeK(Number(r), op === "rg")}` : match,
    )
    .replace(GRAY_SET, (_match, lead: string, gray: string, op: string) => `${lead}${describeK(Number(gray), op === "g")}`);
}

function describeK(level: number, fill: boolean): string {
  const ink = Math.round((1 - Math.min(1, Math.max(0, level))) * 10000) / 10000;
  return `0 0 0 ${ink} ${fill ? "k" : "K"}`;
}
