/** Lines of a byte stream, one at a time, with bounded memory: a line longer than the cap is reported, not held. */

export interface StreamLine {
  /** 1-based line number */
  readonly number: number;
  /** the line's bytes without its line ending; empty when `tooLong` */
  readonly bytes: Buffer;
  /** the line had more than `maxLine` bytes (its bytes were dropped) */
  readonly tooLong: boolean;
}

export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxLine: number): AsyncGenerator<StreamLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let number = 0;
  const finish = (): StreamLine => {
    number++;
    let bytes = tooLong ? Buffer.alloc(0) : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    const line = { number, bytes, tooLong };
    parts = [];
    size = 0;
    tooLong = false;
    return line;
  };
  const add = (piece: Buffer): void => {
    if (tooLong) return;
    size += piece.length;
    if (size > maxLine) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  for await (const chunk of chunks) {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl !== -1; nl = buf.indexOf(0x0a, from)) {
      add(buf.subarray(from, nl));
      yield finish();
      from = nl + 1;
    }
    if (from < buf.length) add(Buffer.from(buf.subarray(from)));
  }
  if (size > 0 || tooLong) yield finish();
}
