/**
 * Which month or weekday a bare name means depends on the clause's tense. These sentences are
 * from the TempEval-3 development documents (AQUAINT and TimeBank), with their creation dates.
 */
import { describe, expect, it } from 'vitest'
import { tagTimexes } from '../../src/main/core/time/tagger'

const valueOf = (text: string, dct: string, expression: string): string | undefined =>
  tagTimexes(text, dct).find((t) => t.text === expression)?.value

describe('tense decides the year of a bare month', () => {
  it('a present passive points forward: "when the case is heard in May"', () => {
    const text =
      'He had not signed an agreement to hand the child over if the Miami relatives lose a fight ' +
      'to keep him when the case is heard in May in the 11th Circuit U.S. Court of Appeals.'
    expect(valueOf(text, '2000-03-29', 'May')).toBe('2000-05')
  })

  it('"will be named … in December": the auxiliary before "be" decides, not the participle', () => {
    const text =
      'Air Force Lieutenant Colonel Eileen Collins will be named commander of the Space Shuttle ' +
      'Columbia for a mission in December.'
    expect(valueOf(text, '1998-03-04', 'December')).toBe('1998-12')
  })

  it('"a summit set for Washington in April" is ahead', () => {
    const text = 'The issue is expected to dominate a NATO summit set for Washington in April.'
    expect(valueOf(text, '1999-03-12', 'April')).toBe('1999-04')
  })

  it('a past-tense clause means the latest such month, however far back in the year', () => {
    const text =
      'He succeeds James A. Taylor, who stepped down as chairman, president and chief executive ' +
      'in March for health reasons.'
    expect(valueOf(text, '1989-11-02', 'March')).toBe('1989-03')
  })

  it('an -ed adjective is not a past verb: "a still unspecified date in January"', () => {
    const text =
      'The stock split, which is subject to holder approval, would be paid on a still ' +
      'unspecified date in January to holders of record Dec. 21.'
    expect(valueOf(text, '1989-10-26', 'January')).toBe('1990-01')
  })
})

describe('tense decides which weekday', () => {
  it('"could not be located Wednesday" is the reporter’s past attempt', () => {
    const text =
      "Neither he nor Elian's four grandparents could be located Wednesday in their hometown."
    expect(valueOf(text, '2000-01-06', 'Wednesday')).toBe('2000-01-05')
  })
})

describe('the week of a date', () => {
  it('is the ISO week that contains it', () => {
    const text =
      'The drama may finally be resolved in a court hearing the week of March 6, his cousin said.'
    expect(valueOf(text, '2000-02-24', 'the week of March 6')).toBe('2000-W10')
    expect(
      valueOf('Talks resume the week of March 6, 2023.', '2023-01-10', 'the week of March 6, 2023')
    ).toBe('2023-W10')
  })
})

describe('a deadline "until" a weekday lies ahead', () => {
  it('"has given the relatives until 9 a.m. Tuesday" is the coming Tuesday', () => {
    const text =
      'The U.S. Immigration and Naturalization Service has given the Miami relatives until ' +
      '9 a.m. Tuesday to sign a paper promising to turn over the boy.'
    expect(valueOf(text, '2000-04-03', '9 a.m. Tuesday')).toBe('2000-04-04T09:00')
  })

  it('"postponed until Friday" is ahead, "stayed until Friday" is not', () => {
    expect(valueOf('The court postponed the hearing until Friday.', '2000-04-03', 'Friday')).toBe(
      '2000-04-07'
    )
    expect(valueOf('He stayed in the city until Friday.', '2000-04-03', 'Friday')).toBe(
      '2000-03-31'
    )
  })
})

describe('"to be" and a participle look ahead', () => {
  it('"final guidelines to be published in early November"', () => {
    const text =
      'He added that final guidelines to be published in early November will determine whether ' +
      'the bank is in compliance.'
    expect(valueOf(text, '1989-10-30', 'early November')).toBe('1989-11')
  })
})

describe('"the weekend" follows the tense', () => {
  it('said on a Monday, "over the weekend" in a past clause is the one just gone', () => {
    const text =
      'Over the weekend, Pentagon officials confirmed reports that a fourth carrier was sent.'
    expect(valueOf(text, '1990-08-13', 'the weekend')).toBe('1990-W32-WE')
  })

  it('in a future clause it is the coming one', () => {
    expect(valueOf('Talks will resume over the weekend.', '1990-08-13', 'the weekend')).toBe(
      '1990-W33-WE'
    )
  })
})

describe('"the year ended March 31": the day a period ended is not after the DCT', () => {
  it('even when the next March 31 is nearer to the DCT than the last', () => {
    const text =
      'Cilcorp said the businesses to be acquired had revenue of $76 million for the year ended ' +
      'March 31.'
    expect(valueOf(text, '1989-11-01', 'March 31')).toBe('1989-03-31')
    expect(
      valueOf(
        'In the fiscal year ended Jan. 31, the company reported sales of $59 million.',
        '1989-10-31',
        'Jan. 31'
      )
    ).toBe('1989-01-31')
  })

  it('without "ended" the nearest March 31 stays: "results are due March 31"', () => {
    expect(valueOf('Results are due March 31.', '1989-11-01', 'March 31')).toBe('1990-03-31')
    // "ended" on the same day as the DCT is that day.
    expect(valueOf('The quarter ended Nov. 1, it said.', '1989-11-01', 'Nov. 1')).toBe('1989-11-01')
  })
})

describe('the clause that gives the tense', () => {
  it('an abbreviation\'s period ends no clause: "Roe vs. Wade … killed" is past', () => {
    const text =
      'In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court ' +
      'decision, a clinic bombing in Birmingham, Ala., killed a security guard.'
    expect(valueOf(text, '1998-10-25', 'January')).toBe('1998-01')
    // A real sentence end still stops the search: the next sentence's "will" is not read.
    const two = 'In January, a clinic was bombed. Officials will meet in January.'
    expect(tagTimexes(two, '1998-10-25').map((t) => t.value)).toEqual(['1998-01', '1999-01'])
  })

  it('"next to the U.S. embassy" is a place, not a time to come', () => {
    const text =
      'More than 100 people have died since a bomb ripped through an office building next to ' +
      'the U.S. embassy in Nairobi, Kenya Friday morning.'
    expect(valueOf(text, '1998-08-08', 'Friday morning')).toBe('1998-08-07TMO')
  })

  it('"since March" began before now, whatever the clause around it', () => {
    const text =
      'The Kennedy will eventually replace the carrier Dwight D. Eisenhower, which has been on ' +
      'patrol since March.'
    expect(valueOf(text, '1990-08-13', 'March')).toBe('1990-03')
  })

  it('"the slated visit … in September" is ahead', () => {
    const text =
      'They had been talking about the slated visit of the Commerce Secretary in September.'
    expect(valueOf(text, '1998-08-26', 'September')).toBe('1998-09')
  })
})
