/**
 * readTitleBlock: what a report's title block says about it — title, date, the congress session,
 * the speaker and office, the place — following the genre profile's patterns. `npm run report:add`
 * drafts the metadata file from it. Pure: the lines come in, the facts go out, each with the
 * line it was read from.
 */
import type { GenreProfile } from './genre-profile.ts';

export interface TitleBlockFacts {
  /** 2025年四川省政府工作报告 (spaces between characters and digits dropped, as Chinese is written). */
  title?: string;
  /** ISO 8601 day. */
  date?: string;
  /** 四川省第十四届人民代表大会第四次会议 */
  venue?: string;
  speaker?: string;
  /** As the title block gives it, with the place put before it where it gives none (省长 → 云南省省长). */
  office?: string;
  /** 四川省, from the session's name. */
  place?: string;
  /** The government in whose name the report is made: the place's people's government (四川省人民政府). */
  author?: string;
}

/** Chinese is written without spaces; typesetting puts some between characters and digits (2015 年 2 月). */
const unspaced = (text: string) => text.replace(/\s+/gu, '');
const pad = (n: string) => n.padStart(2, '0');

export function readTitleBlock(lines: string[], profile: GenreProfile): TitleBlockFacts {
  const { title, occasion, speaker, place, deliveredBy } = profile.titleBlock;
  const facts: TitleBlockFacts = {};
  for (const line of lines) {
    const titleMatch = facts.title === undefined ? title.exec(unspaced(line)) : null;
    if (titleMatch) {
      facts.title = titleMatch[0];
      continue;
    }
    const occasionMatch = facts.date === undefined ? occasion.exec(line) : null;
    if (occasionMatch) {
      const [, year, month, day, venue, rest] = occasionMatch;
      facts.date = `${year}-${pad(month!)}-${pad(day!)}`;
      facts.venue = unspaced(venue!);
      // “…会议上浙江省代省长刘捷作政府工作报告”: the speaker named on the same line.
      const by = speaker.exec(rest!.replace(deliveredBy, '').trim());
      if (by) [facts.office, facts.speaker] = [unspaced(by[1]!), by[2]!];
      continue;
    }
    const speakerMatch = facts.speaker === undefined ? speaker.exec(line.trim()) : null;
    if (speakerMatch) [facts.office, facts.speaker] = [unspaced(speakerMatch[1]!), speakerMatch[2]!];
  }
  const placeMatch = facts.venue === undefined ? null : place.exec(facts.venue);
  if (placeMatch) {
    facts.place = placeMatch[1]!;
    facts.author = `${facts.place}人民政府`;
    if (facts.office !== undefined && !facts.office.startsWith(facts.place)) facts.office = `${facts.place}${facts.office}`;
  }
  return facts;
}
