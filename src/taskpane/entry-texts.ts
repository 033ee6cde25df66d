import type { MessageSet } from '../domain/i18n';

/**
 * The entry's own words, a message set of its own (src/domain/i18n) so the pane's first chunk
 * does not carry the form’s texts (i18n.ts) for three sentences.
 */
export const ENTRY_TEXTS: MessageSet<'loadFailed' | 'reload' | 'runsInWord'> = {
  nl: {
    loadFailed: 'Het taakvenster kon niet volledig worden geladen. Controleer de netwerkverbinding en laad het opnieuw.',
    reload: 'Opnieuw laden',
    runsInWord: 'Deze invoegtoepassing werkt in Microsoft Word.',
  },
  en: {
    loadFailed: 'The task pane could not be loaded completely. Check the network connection and load it again.',
    reload: 'Load again',
    runsInWord: 'This add-in runs inside Microsoft Word.',
  },
};
