/**
 * Every input file is UTF-8. Node's own `readFileSync(…, 'utf8')` silently turns bad bytes
 * into U+FFFD, which would publish a changed text under the promise that every character is
 * kept; so files are decoded with a fatal decoder, and a file that is not UTF-8 stops the
 * build naming the line, the byte offset and what the bytes look like (UTF-16, GBK).
 * Pure: `file` is only named in the message (read-content.ts reads the bytes).
 */
import { EditionError } from '../pipeline/edition-error.ts';

// A UTF-8 byte-order mark is accepted and kept, as Node's own reading keeps it (the parser and YAML skip it).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// WHATWG's GBK decoder is the GB18030 one, so this also accepts GB18030's four-byte forms.
const gbk = new TextDecoder('gbk', { fatal: true });
const HAN = /\p{Script=Han}/u;

/** Decodes UTF-8 or throws an EditionError that says where the first bad byte is and what the file probably is. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw notUtf8(bytes, file);
  }
  // NUL is valid UTF-8 but never text: it is what UTF-16 without a byte-order mark makes of ASCII.
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new EditionError(file, lineAt(bytes, nul), `byte ${nul} is NUL, expected UTF-8 text: a file with NUL bytes is probably UTF-16 without a byte-order mark (convert it with iconv -f UTF-16LE -t UTF-8)`);
  }
  return text;
}

function notUtf8(bytes: Uint8Array, file: string): EditionError {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const bom = bytes[0] === 0xff ? 'FF FE' : 'FE FF';
    return new EditionError(file, 1, `the file is UTF-16 (it starts with the byte-order mark ${bom}), expected UTF-8: convert it with iconv -f UTF-16 -t UTF-8`);
  }
  const offset = firstInvalidUtf8(bytes);
  const line = lineAt(bytes, offset);
  const shown = Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  const where = `byte ${offset} (${shown}) is not valid UTF-8`;
  if (looksLikeGbk(bytes)) return new EditionError(file, line, `${where}: the file is probably GBK, expected UTF-8: convert it with iconv -f GBK -t UTF-8`);
  return new EditionError(file, line, `${where}: expected UTF-8 text (re-save the file as UTF-8)`);
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    return HAN.test(gbk.decode(bytes));
  } catch {
    return false;
  }
}

const lineAt = (bytes: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

const isContinuation = (b: number | undefined) => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * The offset of the first byte that starts an ill-formed sequence (Unicode, Table 3-7: well-formed
 * UTF-8 byte sequences), or -1. TextDecoder only says that there is one, not where.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence, and the range its second byte must fall in.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) if (!isContinuation(bytes[i + k])) return i;
    i += length;
  }
  return -1;
}
