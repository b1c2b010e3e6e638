/** TIMEX3 mentions: what the tagger returns for each temporal expression it finds. */
import type { Granularity, IsoDay } from '../../../shared/model'

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

/** The calendar days a DATE or TIME covers, so the timeline can draw it. */
export interface TimexInterval {
  start: IsoDay
  end: IsoDay
  granularity: Granularity
  approximate: boolean
}

export interface Timex {
  /** JavaScript string offsets into the tagged text; text === input.slice(start, end). */
  start: number
  end: number
  text: string
  type: TimexType
  /** TIMEX3 value: 2021-10-18, 2021-W40, 2021-09, 2014, 2013-Q1, 2013-SU, 199, P2Y, PT3H, XXXX-WI, PRESENT_REF… */
  value: string
  /** For DATE and TIME values that name calendar days; absent for durations, sets and vague references. */
  interval?: TimexInterval
}
