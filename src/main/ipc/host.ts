/**
 * What the handlers need from the desktop around them: dialogs, the window, the system's recent
 * documents. src/main/electron-host.ts implements it with Electron; the e2e bridge with answers a
 * test scripts. Keeping it an interface keeps the handlers free of Electron, so the very same
 * handlers run in both.
 */
export interface Host {
  /** A .dateline file to open, or null when the user cancels. */
  chooseProjectToOpen(): Promise<string | null>
  /** Where to save, suggesting `defaultName`; null when the user cancels. */
  chooseProjectSavePath(defaultName: string): Promise<string | null>
  /** Article files to read; empty when the user cancels. */
  chooseArticleFiles(): Promise<string[]>
  /** Where to write an export of `format`, suggesting `defaultName` (with extension); null: cancelled. */
  chooseExportPath(defaultName: string, format: string): Promise<string | null>
  /** A TimelineJS JSON or CSV file to import; null when the user cancels. */
  chooseImportFile(): Promise<string | null>
  /** Window title, the unsaved mark, the represented file. */
  showDocument(name: string, dirty: boolean, path: string | null): void
  /** Taskbar / dock progress: a fraction 0–1, or null to clear it. */
  setProgress(fraction: number | null): void
  /** The OS list of recent documents (jump list, dock menu); also rebuilds Open Recent. */
  noteRecentDocument(path: string): void
  /** Closes the window without asking about unsaved changes again. */
  closeWindow(): void
}
