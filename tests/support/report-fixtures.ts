/**
 * The real reports the parser is tried on (tests/fixtures/reports/, sources in SOURCES.md), with
 * what each holds, counted by hand from the files — never from the parser's output:
 *   parts      the part headings of the body, in order (一、…, or the bare heading lines of a report that numbers none)
 *   sections   how many （一）… sections each part has
 *   items      how many numbered items (1.…) the body has outside the appendices
 *   appendices after the closing address: each label line, and either the 名词解释 items it explains or the
 *              title and part count of the document it attaches
 *   titleBlock what the title block says, as report:add should draft it (national-2015 has none)
 */
export interface ReportFixture {
  file: string;
  /** The slug report:add derives from the file name, or the one it must be given. */
  slug: string;
  parts: string[];
  sections: number[];
  items: number;
  appendices: ({ label: string; explainedTerms: number } | { label: string; document: string; parts: number })[];
  titleBlock?: { title: string; date: string; venue: string; speaker: string; office: string; place: string };
  /** What report:add must be told because the text does not say it. */
  options?: string[];
}

export const REPORT_FIXTURES: ReportFixture[] = [
  {
    file: 'seeds/quzhou-2015-government-work-report.txt',
    slug: 'quzhou-2015',
    parts: ['一、2014 年工作回顾', '二、2015 年目标任务和重点工作', '三、全面深化改革，加快建设法治政府'],
    sections: [5, 6, 3],
    items: 0,
    appendices: [],
    titleBlock: { title: '2015年浙江省衢州市政府工作报告', date: '2015-02-09', venue: '衢州市第六届人民代表大会第六次会议', speaker: '杜世源', office: '衢州市代市长', place: '衢州市' },
  },
  {
    file: 'tests/fixtures/reports/national-2015-state-council.txt',
    slug: 'national-2015',
    parts: ['一、2014年工作回顾', '二、2015年工作总体部署', '三、把改革开放扎实推向纵深', '四、协调推动经济稳定增长和结构优化', '五、持续推进民生改善和社会建设', '六、切实加强政府自身建设'],
    sections: [0, 0, 0, 0, 0, 0],
    items: 0,
    appendices: [],
    options: ['--slug', 'national-2015', '--title', '2015年国务院政府工作报告', '--date', '2015-03-05'],
  },
  {
    file: 'tests/fixtures/reports/zhejiang-2025.txt',
    slug: 'zhejiang-2025',
    parts: ['一、2024年工作回顾', '二、2025年目标任务和重点工作'],
    sections: [11, 11],
    items: 10,
    appendices: [],
    titleBlock: { title: '2025年浙江省政府工作报告', date: '2025-01-14', venue: '浙江省第十四届人民代表大会第三次会议', speaker: '刘捷', office: '浙江省代省长', place: '浙江省' },
  },
  {
    file: 'tests/fixtures/reports/heilongjiang-2025.txt',
    slug: 'heilongjiang-2025',
    parts: ['一、2024年工作回顾', '二、2025年工作总体要求', '三、2025年重点工作任务', '四、加强政府自身建设'],
    sections: [0, 0, 10, 0],
    items: 0,
    appendices: [],
    titleBlock: { title: '2025年黑龙江省政府工作报告', date: '2025-01-13', venue: '黑龙江省第十四届人民代表大会第三次会议', speaker: '梁惠玲', office: '黑龙江省省长', place: '黑龙江省' },
  },
  {
    file: 'tests/fixtures/reports/guangdong-2025.txt',
    slug: 'guangdong-2025',
    parts: ['一、2024年工作回顾', '二、2025年工作安排'],
    sections: [0, 12],
    items: 0,
    appendices: [
      { label: '附件1', document: '2025年省十件民生实事', parts: 10 },
      { label: '附件2 名词解释', explainedTerms: 18 },
    ],
    titleBlock: { title: '2025年广东省政府工作报告', date: '2025-01-15', venue: '广东省第十四届人民代表大会第三次会议', speaker: '王伟中', office: '广东省省长', place: '广东省' },
  },
  {
    file: 'tests/fixtures/reports/sichuan-2025.txt',
    slug: 'sichuan-2025',
    parts: ['2024年工作回顾', '2025年工作安排建议', '加强政府自身建设'],
    sections: [6, 9, 4],
    items: 0,
    appendices: [{ label: '名词解释', explainedTerms: 50 }],
    titleBlock: { title: '2025年四川省政府工作报告', date: '2025-01-20', venue: '四川省第十四届人民代表大会第四次会议', speaker: '施小琳', office: '四川省人民政府省长', place: '四川省' },
  },
  {
    file: 'tests/fixtures/reports/yunnan-2025.txt',
    slug: 'yunnan-2025',
    parts: ['一、2024年工作回顾', '二、2025年总体要求', '三、2025年重点任务'],
    sections: [8, 5, 9],
    items: 0,
    appendices: [
      { label: '名词解释', explainedTerms: 44 },
      { label: '附件', document: '2025年10件惠民实事', parts: 10 },
    ],
    titleBlock: { title: '2025年云南省政府工作报告', date: '2025-01-18', venue: '云南省第十四届人民代表大会第三次会议', speaker: '王予波', office: '云南省省长', place: '云南省' },
  },
];

/** The fixtures other than the edition's own seed: what report:add is tried on. */
export const OTHER_REPORTS = REPORT_FIXTURES.filter((f) => f.file.startsWith('tests/'));

/** What the parser promises to keep: the text without whitespace and zero-width characters (written here, not imported, so the test does not check the parser against itself). */
export const withoutWhitespace = (text: string) => text.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '').replace(/\s+/gu, '');
