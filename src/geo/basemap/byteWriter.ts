/** A growable byte buffer with the few primitives the packed basemap uses (see `packedBasemapFormat.ts`). */
export class ByteWriter {
  private bytes = new Uint8Array(1024);
  private length = 0;

  /** One byte (0–255). */
  writeByte(value: number): void {
    this.reserve(1);
    this.bytes[this.length] = value;
    this.length += 1;
  }

  /** A non-negative integer as an unsigned LEB128 varint: one byte for values under 128. */
  writeVarint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0 || value > 0xffff_ffff) {
      throw new Error(`cannot pack ${value}: varints hold whole numbers from 0 to 2^32 - 1`);
    }
    let rest = value;
    while (rest >= 0x80) {
      this.writeByte((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.writeByte(rest);
  }

  /** A float64, little-endian: written exactly, so the decoded number is the same double. */
  writeFloat64(value: number): void {
    this.reserve(8);
    new DataView(this.bytes.buffer).setFloat64(this.length, value, true);
    this.length += 8;
  }

  /** Text as its UTF-8 byte length (varint) and the bytes. */
  writeText(value: string): void {
    const encoded = new TextEncoder().encode(value);
    this.writeVarint(encoded.length);
    this.writeBytes(encoded);
  }

  /** Raw bytes, as they are. */
  writeBytes(value: Uint8Array): void {
    this.reserve(value.length);
    this.bytes.set(value, this.length);
    this.length += value.length;
  }

  /** The bytes written so far (a copy, so later writes do not change it). */
  toBytes(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
