/**
 * What the form's first field needs and the pane's entry does not: Fluent's provider, Field and
 * Input (through App), the form's state, the Word layer, the draft store, the light theme and the
 * profile reader. The entry requests this chunk as it starts, in parallel with office.js's
 * handshake and the profile file (index.tsx), so it is there when Office answers; the entry itself
 * stays small enough to run at once.
 *
 * Not here: the rest of the form (its sections, choices, summary, save footer and the validation
 * core, later.ts), fetched once this chunk is there; the first field does not wait for it. The
 * UI bench's ui.taskpane.firstFieldJsGzipKB is the entry plus this chunk group.
 */export { webLightTheme } from '@fluentui/react-components';
export { App } from './components/App';
export { createWordDocument } from '../document/word';
export { browserStorage, documentDrafts, draftsByDocument } from './drafts';
export { createPaneServices } from './pane-services';
export { DEFAULT_PROFILE, loadProfile } from '../domain/profile';
export { later } from './later';
