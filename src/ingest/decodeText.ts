import chardet from 'chardet';

/** Text decoded from a file's bytes, the encoding used, and a warning when it had to be guessed. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  readonly warning?: string;
}

// Encodings a detector may name that every TextDecoder (Node with ICU, browsers, Web Workers)
// knows. TextDecoder rather than iconv-lite: iconv-lite needs Node's Buffer, which the browser
// worker does not have, and these legacy single-byte sets are all the detector reports for news.
const DECODABLE: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'iso-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'iso-8859-5': 'iso-8859-5',
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  'iso-8859-7': 'iso-8859-7',
  'windows-1253': 'windows-1253',
  'iso-8859-9': 'windows-1254',
  'windows-1254': 'windows-1254',
  'iso-8859-6': 'iso-8859-6',
  'windows-1256': 'windows-1256',
  'iso-8859-8': 'iso-8859-8',
  'windows-1255': 'windows-1255',
  shift_jis: 'shift_jis',
  'euc-jp': 'euc-jp',
  'euc-kr': 'euc-kr',
  gb18030: 'gb18030',
  big5: 'big5',
};

/**
 * Decodes a file's bytes: UTF-8 with or without a byte-order mark, UTF-16 LE/BE by their BOM,
 * otherwise the encoding `chardet` detects (Latin-1/Windows-1252 for most legacy news pages),
 * with a warning naming it. The BOM is never part of the text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if (b0 === 0xff && b1 === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: fall through to detection.
  }
  const detected = chardet.detect(bytes) ?? 'windows-1252';
  const label = DECODABLE[detected.toLowerCase()];
  if (!label) {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'UTF-8',
      warning: `not valid UTF-8 and the detected encoding ${detected} is not supported; invalid bytes were replaced by �. Save the file as UTF-8`,
    };
  }
  // Latin-1 is read as Windows-1252, its superset that browsers also use for "ISO-8859-1".
  const name = label === 'windows-1252' ? 'Windows-1252 (Latin-1)' : detected;
  return {
    text: new TextDecoder(label).decode(bytes),
    encoding: name,
    warning: `not UTF-8: read as ${name}, the encoding detected; save the file as UTF-8 to be sure`,
  };
}
