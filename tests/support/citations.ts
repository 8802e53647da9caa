/**
 * The exact citation of §1.1, s.2 of the Quzhou report (accessed 27 November 2026) in every format,
 * as a researcher would copy it, on its English page (the edition's translation, translated by the
 * edition's editors) and on its Chinese page (the government's report): checked against the citation
 * functions in Node (tests/unit/citations.test.ts) and the English against the cite panel in Chromium (tests/site/).
 */
export const sentenceCitations = (origin: string) => ({
  // Each language in its own element: the row's text is theirs run together.
  sentence: [
    '全市实现生产总值 1121 亿元，增长 7.4%；完成一般公共预算收入 80.3 亿元，增长 10.4%。',
    "The city's gross domestic product (GDP) reached 112.1 billion yuan, up 7.4%, and general public budget revenue reached 8.03 billion yuan, up 10.4%.",
  ].join(''),
  permalink: `${origin}/en/quzhou-2015/part-1/#p1-1-s2`,
  gbt: `Quzhou Municipal People’s Government. Report on the Work of the Quzhou Municipal Government (2015)[R/OL]. the editors of this edition, trans.//Government Work Reports: A Bilingual Annotated Edition. Version 1.1.0. 2026: §1.1, s.2[2026-11-27]. ${origin}/en/quzhou-2015/part-1/#p1-1-s2.`,
  chicagoNote: `Quzhou Municipal People’s Government, Report on the Work of the Quzhou Municipal Government (2015), trans. the editors of this edition, in Government Work Reports: A Bilingual Annotated Edition, version 1.1.0 (November 28, 2026), §1.1, s.2, ${origin}/en/quzhou-2015/part-1/#p1-1-s2.`,
  chicagoBibliography: `Quzhou Municipal People’s Government. Report on the Work of the Quzhou Municipal Government (2015). Translated by the editors of this edition. In Government Work Reports: A Bilingual Annotated Edition, version 1.1.0. November 28, 2026. ${origin}/en/quzhou-2015/part-1/#p1-1-s2.`,
  apaReference: `Quzhou Municipal People’s Government. (2026). Report on the Work of the Quzhou Municipal Government (2015) (the editors of this edition, Trans.). In Government Work Reports: A Bilingual Annotated Edition (Version 1.1.0). ${origin}/en/quzhou-2015/part-1/#p1-1-s2 (Original work published as 2015年衢州市政府工作报告, 2015)`,
  apaInText: '(Quzhou Municipal People’s Government, 2015/2026, Section 1.1, s.2)',
  bibtex: [
    '@report{quzhou2015en_p1_1_s2,',
    "\tauthor = {{Quzhou Municipal People's Government}},",
    '\tbooktitle = {Government {Work} {Reports}: A {Bilingual} {Annotated} {Edition}},',
    '\tdate = {2026-11-28},',
    '\tlanguage = {en},',
    '\tnote = {§1.1, s.2},',
    '\torigdate = {2015-02-09},',
    '\torigtitle = {2015年衢州市政府工作报告},',
    '\ttitle = {Report on the {Work} of the {Quzhou} {Municipal} {Government} (2015)},',
    '\ttranslator = {{the editors of this edition}},',
    `\turl = {${origin}/en/quzhou-2015/part-1/#p1-1-s2},`,
    '\tversion = {1.1.0},',
    '}',
  ].join('\n'),
});

/** The same sentence cited from its Chinese page: the government's report, GB/T in Chinese, the English styles with English locators. */
export const sourceSentenceCitations = (origin: string) => ({
  gbt: `衢州市人民政府. 2015年衢州市政府工作报告[R/OL]. 衢州: 衢州市人民政府, 2015: §1.1 第2句[2026-11-27]. ${origin}/zh/quzhou-2015/part-1/#p1-1-s2.`,
  chicagoNote: `Quzhou Municipal People’s Government, 2015年衢州市政府工作报告 [Report on the Work of the Quzhou Municipal Government (2015)] (Quzhou: Quzhou Municipal People’s Government, February 9, 2015), §1.1, s.2, ${origin}/zh/quzhou-2015/part-1/#p1-1-s2.`,
  chicagoBibliography: `Quzhou Municipal People’s Government. 2015年衢州市政府工作报告 [Report on the Work of the Quzhou Municipal Government (2015)]. Quzhou: Quzhou Municipal People’s Government, February 9, 2015. ${origin}/zh/quzhou-2015/part-1/#p1-1-s2.`,
  apaReference: `Quzhou Municipal People’s Government. (2015). 2015年衢州市政府工作报告 [Report on the Work of the Quzhou Municipal Government (2015)]. Quzhou Municipal People’s Government. ${origin}/zh/quzhou-2015/part-1/#p1-1-s2`,
  apaInText: '(Quzhou Municipal People’s Government, 2015, Section 1.1, s.2)',
  bibtex: [
    '@report{quzhou2015zh_p1_1_s2,',
    "\tauthor = {{Quzhou Municipal People's Government}},",
    '\tdate = {2015-02-09},',
    '\tlanguage = {zh-Hans},',
    '\tnote = {§1.1, s.2},',
    '\tlocation = {Quzhou},',
    "\tinstitution = {Quzhou Municipal People's Government},",
    '\ttitle = {2015年衢州市政府工作报告 [{Report} on the {Work} of the {Quzhou} {Municipal} {Government} (2015)]},',
    `\turl = {${origin}/zh/quzhou-2015/part-1/#p1-1-s2},`,
    '}',
  ].join('\n'),
});
