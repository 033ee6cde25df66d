import { createContext, useContext } from 'react';
import type { AnnotatieDocument } from '../document/port';
import type { AnnotatieValues, ChoiceList, FieldKey, Language } from '../domain/fields';
import type { Finding, ReportedFinding } from '../domain/findings';
import type { Profile } from '../domain/profile';
import type { DateStyle } from '../domain/house-style';
import type { MeetingCalendar } from '../domain/calendar/meeting-calendar';
import type { LoadedCalendar } from './pane-calendar';

/**
 * What the task pane needs from the world, injected once at the entry: taskpane/index.tsx wires
 * the Word layer over real Word, the preview wires the same Word layer over the Word fake, and
 * component tests wire in-memory documents. Components never reach for a host global.
 */

/** Keeps what the user typed but did not save, so a failed write or a closed pane loses nothing. */
export interface DraftStore {
  load(): AnnotatieValues | undefined;
  save(values: AnnotatieValues): void;
  clear(): void;
}

export interface TaskpaneServices {
  readonly document: AnnotatieDocument;
  /**
   * Domain validation of the form's values plus the document's own findings (control_missing,
   * control_duplicate from the last read), with messages in the UI language; planning dates
   * against the meeting calendar when one is given (else the meeting weekday). Never throws.
   */
  readonly check: (values: AnnotatieValues, documentFindings: readonly Finding[], calendar?: MeetingCalendar) => readonly ReportedFinding[];
  /**
   * Fetches and reads the meeting calendar the profile names (`calendar.url`; issue 13); absent
   * when it names none. Called once, after the form is on screen (pane-calendar.ts). Never rejects.
   */
  readonly loadCalendar?: () => Promise<LoadedCalendar>;
  /**
   * The house-style text to write for what the user typed (contract §2: `079-346 80 00` →
   * `+31 79 3468000`), as `annotatie new` writes it. Injected rather than imported so the date
   * and phone parsing behind it stay in the lazily loaded validation chunk.
   */
  readonly normalize: (key: FieldKey, text: string) => string;
  /** The profile's option lists behind the open choices. */
  readonly options: Readonly<Record<ChoiceList, readonly string[]>>;
  /**
   * The profile's house style for dates: the date inputs' placeholder says it ("dd-mm-jjjj") and
   * the calendar writes it. d-m-yyyy (Zoetermeer's) when absent.
   */
  readonly dateStyle?: DateStyle;
  readonly drafts: DraftStore;
  readonly language: Language;
  /** The municipal profile, for the typed hand-off export of the Controle tab. */
  readonly profile: Profile;
  /**
   * The document's file name as the user knows it ("Raadsvoorstel.docx"): the `file` of the
   * hand-off's JSON and CSV, as `annotatie export` gives the path. Asked when needed, since a
   * Save As renames the document while the pane is open.
   */
  readonly documentName: () => string;
}

export const ServicesContext = createContext<TaskpaneServices | null>(null);

export function useServices(): TaskpaneServices {
  const services = useContext(ServicesContext);
  // A programmer error: every pane is rendered inside <ServicesContext.Provider>.
  if (services === null) throw new Error('useServices() outside <ServicesContext.Provider>');
  return services;
}
