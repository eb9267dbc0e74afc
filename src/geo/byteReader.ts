/**
 * Reads the packed basemap's primitives from a byte array. Every read checks the end of the data
 * first and throws a message naming what was being read, so a truncated or corrupt file gives a
 * reason instead of `undefined` values or a runaway loop.
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export class ByteReader {
  private position = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Bytes not read yet. */
  get remaining(): number {
    return this.bytes.length - this.position;
  }

  /** Throws unless `count` more bytes are there; `what` names them in the message. */
  require(count: number, what: string): void {
    if (count > this.remaining) {
      throw new Error(`the file is truncated: ${count} bytes for ${what}, only ${this.remaining} left`);
    }
  }

  /** One byte. */
  readByte(what: string): number {
    this.require(1, what);
    const value = this.bytes[this.position] ?? 0;
    this.position += 1;
    return value;
  }

  /** An unsigned LEB128 varint of at most 32 bits. */
  readVarint(what: string): number {
    let value = 0;
    let scale = 1;
    for (let length = 1; length <= 5; length += 1) {
      const byte = this.readByte(what);
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        if (value > 0xffff_ffff) break;
        return value;
      }
      scale *= 0x80;
    }
    throw new Error(`the file is corrupt: ${what} is not a 32-bit varint`);
  }

  /** A little-endian float64. */
  readFloat64(what: string): number {
    this.require(8, what);
    const value = this.view.getFloat64(this.position, true);
    this.position += 8;
    return value;
  }

  /** `count` raw bytes, as a view into the data (not a copy). */
  readBytes(count: number, what: string): Uint8Array {
    this.require(count, what);
    const value = this.bytes.subarray(this.position, this.position + count);
    this.position += count;
    return value;
  }

  /** Text written as its UTF-8 byte length and the bytes; invalid UTF-8 is an error, not U+FFFD. */
  readText(what: string): string {
    const bytes = this.readBytes(this.readVarint(what), what);
    try {
      return utf8.decode(bytes);
    } catch {
      throw new Error(`the file is corrupt: ${what} is not UTF-8 text`);
    }
  }
}
