// Tells whether a picture file was cut short (a copy or download that stopped): the browser prints the part it has and leaves the rest blank (disk, sharp).

import { open } from "node:fs/promises";
import sharp from "sharp";

/** Bytes read from the end of the file: enough for every format's closing mark below. */
const TAIL_BYTES = 16;

/** PNG's closing chunk: IEND, no data, and its checksum. */
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Almost every whole file ends with its format's closing mark, so reading 16 bytes settles it. A file that
 * does not (cut short, or with something appended after the picture, as some phones add a video or their own
 * data) is decoded to be sure; decoding at a small size keeps that to a fraction of a second.
 */
export async function isCutShort(file: string, format: string): Promise<boolean> {
  const ending = await readEnding(file, format);
  if (ending === "whole" || ending === "unknown") return false;
  return sharp(file, { failOn: "truncated" })
    .resize(64, 64, { fit: "inside" })
    .raw()
    .toBuffer()
    .then(
      () => false,
      () => true,
    );
}

/** Whether the file begins as a JPEG, PNG, GIF or WebP does: one that then cannot be read at all was damaged or cut short. */
export async function startsAsPicture(file: string): Promise<boolean> {
  const { head } = await readEnds(file);
  return (
    (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) ||
    head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47])) ||
    head.toString("latin1", 0, 4) === "GIF8" ||
    (head.toString("latin1", 0, 4) === "RIFF" && head.toString("latin1", 8, 12) === "WEBP")
  );
}

async function readEnding(file: string, format: string): Promise<"whole" | "doubtful" | "unknown"> {
  if (!["jpeg", "png", "gif", "webp"].includes(format)) return "unknown";
  const { head, tail, size } = await readEnds(file);
  return endsWhole(format, head, tail, size) ? "whole" : "doubtful";
}

/** A file's first 12 bytes (zeros past a shorter file's end), its last TAIL_BYTES, and its size. */
async function readEnds(file: string): Promise<{ head: Buffer; tail: Buffer; size: number }> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(12);
    const tail = Buffer.alloc(Math.min(TAIL_BYTES, size));
    await handle.read(head, 0, Math.min(12, size), 0);
    await handle.read(tail, 0, tail.length, size - tail.length);
    return { head, tail, size };
  } finally {
    await handle.close();
  }
}

function endsWhole(format: string, head: Buffer, tail: Buffer, size: number): boolean {
  const last = tail.length;
  switch (format) {
    case "jpeg":
      return last >= 2 && tail[last - 2] === 0xff && tail[last - 1] === 0xd9;
    case "png":
      return last >= PNG_END.length && tail.subarray(last - PNG_END.length).equals(PNG_END);
    case "gif":
      return last >= 1 && tail[last - 1] === 0x3b;
    default:
      // WebP: the RIFF header gives the length of what follows it.
      return head.toString("latin1", 0, 4) === "RIFF" && head.readUInt32LE(4) + 8 <= size;
  }
}
