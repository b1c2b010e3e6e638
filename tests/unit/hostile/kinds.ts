/**
 * Every table of hostile kinds, by section: the source of docs/hostile-inputs.md, whose rows
 * hostile-doc.test.ts holds to these names and outcomes.
 */
import type { HostileKind } from './corpus'
import { BATCH_KINDS } from './kinds-batch'
import { DATE_KINDS } from './kinds-dates'
import { FILE_KINDS } from './kinds-files'
import { IMPORT_KINDS } from './kinds-import'
import { MARKUP_KINDS } from './kinds-markup'
import { NAME_KINDS } from './kinds-names'
import { PROJECT_KINDS } from './kinds-project'
import { URL_KINDS } from './kinds-url'

export const SECTIONS: { title: string; kinds: HostileKind[] }[] = [
  { title: 'Article files and texts', kinds: FILE_KINDS },
  { title: 'File names', kinds: NAME_KINDS },
  { title: 'HTML and feeds', kinds: MARKUP_KINDS },
  { title: 'Dates', kinds: DATE_KINDS },
  { title: 'Web addresses', kinds: URL_KINDS },
  { title: 'Project files', kinds: PROJECT_KINDS },
  { title: 'Timelines to import', kinds: IMPORT_KINDS },
  { title: 'A batch', kinds: BATCH_KINDS }
]
