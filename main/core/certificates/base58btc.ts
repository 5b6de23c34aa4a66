import { CoreError } from '../coreError';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGIT_OF = new Map([...ALPHABET].map((char, index) => [char, index]));

/** Encodes bytes in the Bitcoin base58 alphabet; each leading zero byte becomes a leading '1'. */
export function base58btcEncode(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  // Little-endian base-58 digits of the big-endian number in `bytes`.
  const digits: number[] = [];
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i] ?? 0;
    for (let j = 0; j < digits.length; j++) {
      carry += (digits[j] ?? 0) * 256;
      digits[j] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  return (
    '1'.repeat(zeros) +
    digits
      .reverse()
      .map((digit) => ALPHABET[digit])
      .join('')
  );
}

/** Decodes Bitcoin base58 text; throws `CoreError('invalid_input')` on a character outside the alphabet. */
export function base58btcDecode(text: string): Uint8Array {
  let zeros = 0;
  while (zeros < text.length && text[zeros] === '1') zeros++;
  // Little-endian base-256 bytes of the number.
  const bytes: number[] = [];
  for (let i = zeros; i < text.length; i++) {
    const char = text.charAt(i);
    const value = DIGIT_OF.get(char);
    if (value === undefined) {
      throw new CoreError('invalid_input', `"${char}" is not a base58btc character.`);
    }
    let carry = value;
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] ?? 0) * 58;
      bytes[j] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  return Uint8Array.from([...new Array<number>(zeros).fill(0), ...bytes.reverse()]);
}

/** Multibase with the base58btc code: 'z' followed by the base58btc text. */
export function multibaseEncode(bytes: Uint8Array): string {
  return `z${base58btcEncode(bytes)}`;
}

/** Decodes multibase base58btc ('z' prefix); any other base is refused with `CoreError('invalid_input')`. */
export function multibaseDecode(text: string): Uint8Array {
  if (!text.startsWith('z')) {
    throw new CoreError(
      'invalid_input',
      'Only multibase base58btc values (starting with "z") are supported.',
    );
  }
  return base58btcDecode(text.slice(1));
}
