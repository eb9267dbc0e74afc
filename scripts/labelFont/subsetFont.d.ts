/** subset-font ships no types; this declares the part the label font build uses. */
declare module 'subset-font' {
  export interface SubsetFontOptions {
    /** Output format; the input's own when left out. */
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    /** OpenType feature tags whose layout (and the glyphs it reaches) the subset keeps. */
    keepFeatures?: string[];
  }

  /** Resolves to a font holding the glyphs of `text`'s characters (and what layout reaches from them). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
