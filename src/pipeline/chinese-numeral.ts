/** 一 → 1, 十 → 10, 十一 → 11, 二十三 → 23: the numerals that number parts and sections. */
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseNumeral(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of numeral) {
    if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch in DIGITS) {
      digit = DIGITS[ch]!;
    } else {
      throw new Error(`not a Chinese numeral: ${numeral}`);
    }
  }
  return total + digit;
}

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1 → 一, 10 → 十, 12 → 十二: for labels. */
export function toChineseNumeral(n: number): string {
  if (n < 10) return NUMERALS[n]!;
  if (n < 20) return '十' + NUMERALS[n - 10];
  if (n < 100) return NUMERALS[Math.floor(n / 10)] + '十' + NUMERALS[n % 10];
  return String(n);
}
