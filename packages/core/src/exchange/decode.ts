/**
 * Bytes to text for imports. Files come from spreadsheets and other tools: UTF-8 with or without a byte order mark,
 * UTF-16 from Excel's "Unicode text", or bytes that are not UTF-8 at all (a Windows code page). Decoding never fails:
 * bytes that are not valid UTF-8 become U+FFFD, and the rows that hold one are reported, not imported.
 */

export type TextInput = string | Uint8Array | ArrayBuffer;

export const REPLACEMENT = '\uFFFD';

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

export interface DecodedText {
  text: string;
  /** True when some bytes were not valid in the encoding and became U+FFFD. */
  lossy: boolean;
}

/** The text of `input`, without a leading byte order mark. */
export function decodeText(input: TextInput): DecodedText {
  let text: string;
  let lossy = false;
  if (typeof input === 'string') text = input;
  else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    const encoding = utf16Encoding(bytes) ?? 'utf-8';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder(encoding).decode(bytes);
      lossy = true;
    }
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, lossy };
}
