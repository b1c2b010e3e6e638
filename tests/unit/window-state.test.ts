import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadWindowState, saveWindowState } from '../../src/main/window-state'

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]
const tmp = () =>
  path.join(mkdtempSync(path.join(os.tmpdir(), 'dateline-ws-')), 'window-state.json')

describe('window state', () => {
  it('remembers size, position and maximised state between runs', () => {
    const file = tmp()
    const state = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true }
    saveWindowState(file, state)
    expect(loadWindowState(file, screen)).toEqual(state)
  })

  it('forgets a position that lies on no display (a monitor was unplugged)', () => {
    const file = tmp()
    saveWindowState(file, {
      bounds: { x: 2500, y: 100, width: 1000, height: 700 },
      maximized: false
    })
    expect(loadWindowState(file, screen)).toBeNull()
    const second = [...screen, { x: 1920, y: 0, width: 1920, height: 1080 }]
    expect(loadWindowState(file, second)?.bounds.x).toBe(2500)
  })

  it('ignores a missing, corrupt or absurd file instead of failing to start', () => {
    expect(loadWindowState(path.join(os.tmpdir(), 'no-such-dir', 'x.json'), screen)).toBeNull()
    const file = tmp()
    for (const content of [
      '{not json',
      '[]',
      '{"bounds":{"x":0,"y":0,"width":5,"height":5},"maximized":false}',
      ''
    ]) {
      writeFileSync(file, content)
      expect(loadWindowState(file, screen)).toBeNull()
    }
  })

  it('writes the file whole (temporary file, then rename)', () => {
    const file = tmp()
    saveWindowState(file, { bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ maximized: false })
  })
})
