import { deferredChunk } from './deferred';
import type * as FormLater from './form-later';

/**
 * What the form shows after its first field: the sections (Fluent's Accordion), the open
 * choices (Combobox), the summary and the messages (MessageBar), and the validation core. The
 * pane's entry fetches it as soon as the form's own chunk is there, so it usually arrives while
 * Office is still reading the document; until it does, the title field is on screen and takes
 * input, and same-size placeholders hold the rest's place (AnnotatieForm, FieldControl).
 *
 * Import these instead of Fluent's own where the first field must not wait for them.
 */
export const later = deferredChunk<typeof FormLater>(() => import(/* webpackChunkName: "form-later" */ './form-later'));

export const Accordion = later.component('Accordion');
export const AccordionHeader = later.component('AccordionHeader');
export const AccordionItem = later.component('AccordionItem');
export const Combobox = later.component('Combobox');
export const Option = later.component('Option');
export const MessageBar = later.component('MessageBar');
export const MessageBarActions = later.component('MessageBarActions');
export const MessageBarBody = later.component('MessageBarBody');
export const MessageBarTitle = later.component('MessageBarTitle');
export const FindingsSummary = later.component('FindingsSummary');
export const SectionPanel = later.component('SectionPanel');
export const WhenLoaded = later.component('WhenLoaded');
