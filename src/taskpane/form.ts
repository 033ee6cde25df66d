/**
 * Everything the form needs and the pane's entry does not: Fluent's controls (through App), the
 * Word layer, the draft store, the light theme, and the validation core (the domain's rules with
 * date-fns and libphonenumber, the profile reader). The entry requests this chunk as it starts,
 * in parallel with office.js's handshake and the profile file (index.tsx), so it is there when
 * Office answers; the entry itself stays small enough to run at once.
 *
 * One chunk, not a form chunk and a validation chunk beside it: as siblings both carried their
 * own copy of the modules they share (the field table, the text helpers), which webpack leaves
 * unsplit below its 20 KB minimum.
 */
export { webLightTheme } from '@fluentui/react-components';
export { App } from './components/App';
export { createDraftStore, createWordDocument } from '../document/word';
export { browserStorage, documentDrafts } from './drafts';
export { createPaneServices } from './pane-services';
export { DEFAULT_PROFILE, loadProfile } from '../domain/profile';
export { later } from './later';
