/**
 * Every word of the interface, in both languages: the one place for UI strings.
 * The `Strings` type makes a key missing in one language a type error, and a test checks it too.
 */
import type { Lang } from './langs.ts';

const zh = {
  editionName: '政府工作报告双语注释版',
  skipToContent: '跳到正文',
  contents: '目录',
  switchLanguage: 'English',
  languageName: '中文',
  mainNav: '主导航',
  chapterNav: '章节导航',
  inThisChapter: '本章目录',
  previousChapter: '上一章',
  nextChapter: '下一章',
  reportMeta: '报告信息',
  delivered: '报告时间',
  venue: '会议',
  speaker: '报告人',
  source: '底本',
  downloadData: '下载对齐文本（JSON）',
  readIn: '阅读',
  readChinese: '中文版',
  readEnglish: '英文版',
  pendingNotice: (pending: number, total: number) => `本章有 ${pending} / ${total} 个句子尚未翻译。`,
  pendingLabel: '尚未翻译',
  titleBlock: '标题',
  aboutEdition: '本版说明',
  aboutText: '本版逐字收录报告中文原文，附英文译文；每个句子都有永久锚点，可供引用。',
  anchorScheme: '锚点格式：§1.2, s.7 指第一部分第（二）节第 7 句。',
  deliveredAt: (date: string, venue: string) => `${date}在${venue}上所作的报告。`,
  footerNote: '中文原文逐字收录；英文为本版译文。',
  chapterLabel: (n: number) => `第${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? n}部分`,
};

type Strings = typeof zh;

const en: Strings = {
  editionName: 'Government Work Reports: a bilingual annotated edition',
  skipToContent: 'Skip to content',
  contents: 'Contents',
  switchLanguage: '中文',
  languageName: 'English',
  mainNav: 'Main',
  chapterNav: 'Chapters',
  inThisChapter: 'In this chapter',
  previousChapter: 'Previous chapter',
  nextChapter: 'Next chapter',
  reportMeta: 'About the report',
  delivered: 'Delivered',
  venue: 'Occasion',
  speaker: 'Speaker',
  source: 'Source text',
  downloadData: 'Download the aligned text (JSON)',
  readIn: 'Read',
  readChinese: 'Chinese',
  readEnglish: 'English',
  pendingNotice: (pending: number, total: number) =>
    `${pending} of ${total} sentences in this chapter are not translated yet; they are shown in Chinese, marked “not yet translated”.`,
  pendingLabel: 'not yet translated',
  titleBlock: 'Title',
  aboutEdition: 'About this edition',
  aboutText:
    'This edition reproduces the Chinese text of the report character for character, with an English translation aligned sentence by sentence. Every sentence has a permanent anchor you can cite.',
  anchorScheme: 'Anchors read as “§1.2, s.7”: part 1, section (2), sentence 7.',
  deliveredAt: (date: string, venue: string) => `Delivered on ${date} to the ${venue}.`,
  footerNote: 'Chinese text reproduced exactly; English translation by this edition.',
  chapterLabel: (n: number) => `Part ${['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n] ?? n}`,
};

export const STRINGS: Record<Lang, Strings> = { zh, en };
export const t = (lang: Lang) => STRINGS[lang];
