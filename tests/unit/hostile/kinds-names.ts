/**
 * File names with odd characters: each file is read through processFile (what a batch worker
 * runs per file). A readable name gives the article, with the name as its source; a name the
 * file system refuses gives an error whose message names the file.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import { processFile, type PipelineResult } from '../../../src/main/core/pipeline'
import {
  ARTICLE,
  expectArticleEvent,
  freshDir,
  kind,
  literal,
  writeIn,
  type HostileKind
} from './corpus'

/** A kind for a file that exists under `name`: it is read, and its source is its name. */
function readable(name: string, label: string): HostileKind {
  return kind({
    name: `file name with ${label}`,
    yields: 'result: read; the article’s source is the file name exactly',
    make: () => writeIn(freshDir('names'), name, ARTICLE),
    run: (target: string) => processFile(target),
    expect: {
      result: (r: PipelineResult) => {
        expectArticleEvent(r)
        expect(r.articles[0]!.source).toBe(name)
        expect(r.articles[0]!.text).toBe(ARTICLE)
      }
    }
  })
}

/** 255 bytes of UTF-8, the longest name Linux file systems take. */
const LONGEST = `${'ø'.repeat(125)}x.txt`
/** One byte more than any name may have. */
const TOO_LONG = `${'a'.repeat(252)}.txt`

export const NAME_KINDS: HostileKind[] = [
  readable('Nyheter – ærlig 🚀 日本語.txt', 'non-Latin letters and an emoji'),
  readable(`my "quoted" 'article' name.txt`, 'spaces and quotes'),
  readable('line\nbreak\r.txt', 'a newline and a carriage return'),
  readable('tab\tand bell\u0007.txt', 'a tab and a control character'),
  readable('-rf --help.txt', 'a leading dash'),
  readable('$(rm -rf ~) `x` *?[a].txt', 'shell metacharacters'),
  readable('back\\slash:colon|pipe.txt', 'a backslash, a colon and a pipe'),
  readable('...', 'only dots'),
  readable(LONGEST, '255 bytes of UTF-8'),
  kind({
    name: 'file name of 256 bytes',
    yields: 'UNREADABLE: “aaa….txt could not be read (ENAMETOOLONG …)”, naming the file',
    make: () => path.join(freshDir('names'), TOO_LONG),
    run: (target: string) => processFile(target),
    expect: {
      error: 'UNREADABLE',
      message: new RegExp(`^${literal(TOO_LONG)} could not be read \\(ENAMETOOLONG`)
    }
  }),
  kind({
    name: 'path with .. components',
    yields: 'result: the path is resolved as written and the file read',
    make: () => {
      const dir = freshDir('names')
      mkdirSync(path.join(dir, 'sub'))
      writeIn(dir, 'article.txt', ARTICLE)
      return `${dir}/sub/../sub/../article.txt`
    },
    run: (target: string) => processFile(target),
    expect: {
      result: (r: PipelineResult) => {
        expectArticleEvent(r)
        expect(r.articles[0]!.source).toBe('article.txt')
      }
    }
  }),
  kind({
    name: 'path with .. through a folder that does not exist',
    yields: 'NOT_FOUND: “article.txt was not found: there is no file at …/nowhere/../article.txt.”',
    make: () => {
      const dir = freshDir('names')
      writeIn(dir, 'article.txt', ARTICLE)
      // The kernel resolves .. after the folder before it, which must exist.
      return `${dir}/nowhere/../article.txt`
    },
    run: (target: string) => processFile(target),
    expect: {
      error: 'NOT_FOUND',
      message:
        /^article\.txt was not found: there is no file at \/.*\/nowhere\/\.\.\/article\.txt\.$/
    }
  }),
  kind({
    name: 'missing file with an odd name',
    yields:
      'NOT_FOUND: “… was not found: there is no file at ….”, naming the file, newline and all',
    make: () => path.join(freshDir('names'), 'gone – "q" ø\n.txt'),
    run: (target: string) => processFile(target),
    expect: {
      error: 'NOT_FOUND',
      message: new RegExp(`^${literal('gone – "q" ø\n.txt')} was not found: there is no file at /`)
    }
  })
]
