/**
 * The dated mentions of a text, for the timeline: the tagger's DATE and TIME expressions that name
 * calendar days (PRESENT_REF is drawn at the DCT, approximately). Durations, sets and vague past
 * or future references have no place on the axis and are left out.
 */
import type { IsoDay, TimeValue } from '../../../shared/model'
import { tagTimexes } from './tagger'

export interface DateMention {
  /** Offsets into the text given to `findDateMentions`. */
  start: number
  end: number
  text: string
  when: TimeValue
}

export function findDateMentions(text: string, dct: IsoDay | null): DateMention[] {
  const mentions: DateMention[] = []
  for (const t of tagTimexes(text, dct)) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || !t.interval) continue
    const { start, end, granularity, approximate } = t.interval
    mentions.push({
      start: t.start,
      end: t.end,
      text: t.text,
      // "now" goes on the axis as the day of publication, marked approximate.
      when: {
        value: t.value === 'PRESENT_REF' ? start : t.value,
        start,
        end,
        granularity,
        approximate
      }
    })
  }
  return mentions
}
