/**
 * The exact citation of §1.1, s.2 of the Quzhou report (its English page, accessed 27 November
 * 2026) in every format, as a researcher would copy it: checked against the citation functions
 * in Node (tests/unit/citations.test.ts) and against the cite panel in Chromium (tests/site/).
 */
export const sentenceCitations = (origin: string) => ({
  permalink: `${origin}/en/quzhou-2015/part-1/#p1-1-s2`,
  gbt: `Quzhou Municipal People’s Government. Report on the Work of the Quzhou Municipal Government (2015)[R/OL]. Quzhou: Quzhou Municipal People’s Government, 2015: §1.1, s.2[2026-11-27]. ${origin}/en/quzhou-2015/part-1/#p1-1-s2.`,
  chicagoNote: `Quzhou Municipal People’s Government, Report on the Work of the Quzhou Municipal Government (2015) (Quzhou: Quzhou Municipal People’s Government, February 9, 2015), §1.1, s.2, ${origin}/en/quzhou-2015/part-1/#p1-1-s2.`,
  chicagoBibliography: `Quzhou Municipal People’s Government. Report on the Work of the Quzhou Municipal Government (2015). Quzhou: Quzhou Municipal People’s Government, February 9, 2015. ${origin}/en/quzhou-2015/part-1/#p1-1-s2.`,
  apaReference: `Quzhou Municipal People’s Government. (2015). Report on the Work of the Quzhou Municipal Government (2015). Quzhou Municipal People’s Government. ${origin}/en/quzhou-2015/part-1/#p1-1-s2`,
  apaInText: '(Quzhou Municipal People’s Government, 2015, Section 1.1, s.2)',
  bibtex: [
    '@techreport{quzhou2015,',
    '\taddress = {Quzhou},',
    "\tauthor = {{Quzhou Municipal People's Government}},",
    '\tyear = {2015},',
    '\tmonth = {feb 9},',
    '\tnote = {§1.1, s.2},',
    "\tinstitution = {Quzhou Municipal People's Government},",
    '\ttitle = {Report on the {Work} of the {Quzhou} {Municipal} {Government} (2015)},',
    `\turl = {${origin}/en/quzhou-2015/part-1/#p1-1-s2},`,
    '}',
  ].join('\n'),
});
