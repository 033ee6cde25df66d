import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { AccordionToggleEventHandler } from '@fluentui/react-components';
import { failureKindText, messageFor } from '../../../document/port';
import { SECTIONS, type AnnotatieValues, type FieldKey, type Language, type SectionId } from '../../../domain/fields';
import {
  INITIAL_FORM_STATE,
  changedFields,
  changes,
  countProblems,
  formReducer,
  normalizedChanges,
  paneSectionOf,
  pendingFields,
  problemsBySection,
  restoredFields,
  shownFindings,
  visibleFindings,
} from '../../form-state';
import { meetingCalendarOf, usePaneCalendar } from '../../pane-calendar';
import { t } from '../../i18n';
import { useServices } from '../../services';
import type { Finding, ReportedFinding } from '../../../domain/findings';
import type { AnnotatieFormState, FieldWriteResult } from './AnnotatieForm.types';

const ALL_SECTIONS: readonly SectionId[] = SECTIONS.map((section) => section.id);

/** The id of a field's control, so summary links and tests can reach it. */
export function controlId(field: FieldKey): string {
  return `annotatie-${field.replace(/\./g, '-')}`;
}

/**
 * A note whose suggestion is exactly what saving writes anyway (house style: "079-346 80 00"
 * becomes "+31 79 3468000") is no task for the user: no fix button, and it says what saving will
 * do instead of asking for it. Any other suggestion (a typo, another date) stays a one-click fix.
 */
export function appliedOnSave(
  finding: ReportedFinding,
  value: string,
  normalize: (key: FieldKey, text: string) => string,
  language: Language,
): ReportedFinding {
  if (finding.field === null || finding.suggestion === undefined || finding.severity !== 'info') return finding;
  if (normalize(finding.field, value) !== finding.suggestion) return finding;
  const { suggestion, ...rest } = finding;
  return { ...rest, message: t(language, 'appliedOnSave', { suggestion }) };
}

export function useAnnotatieForm(): AnnotatieFormState {
  const { document, check, drafts, language, normalize } = useServices();
  const [state, dispatch] = useReducer(formReducer, INITIAL_FORM_STATE);
  const [openSections, setOpenSections] = useState<readonly SectionId[]>(ALL_SECTIONS);
  // The latest state for the async handlers, which must not re-bind on every keystroke.
  const latest = useRef(state);
  latest.current = state;

  // The meeting calendar only once the first field is on screen; validation re-runs when it comes.
  const calendar = usePaneCalendar(state.load.status === 'ready');
  const meetings = meetingCalendarOf(calendar);
  const findings = useMemo(
    () => check(state.values, state.documentFindings, meetings),
    [check, state.values, state.documentFindings, meetings],
  );

  const reload = useCallback(async () => {
    dispatch({ type: 'loading' });
    // One round trip: read() reports a missing annotatie as a noAnnotatie failure.
    const result = await document.read();
    if (result.ok) {
      dispatch({ type: 'loaded', values: result.values, findings: result.findings, draft: drafts.load() });
    } else if (result.failure.kind === 'noAnnotatie') {
      dispatch({ type: 'absent' });
    } else {
      dispatch({ type: 'loadFailed', message: messageFor(result.failure, language) });
    }
  }, [document, drafts, language]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // Keep the unsaved changes as a draft after every edit; a saved form leaves no draft behind.
  useEffect(() => {
    if (state.load.status !== 'ready') return;
    const pending = changes(state);
    if (Object.keys(pending).length > 0) drafts.save(pending);
    else drafts.clear();
  }, [drafts, state]);

  const insertAnnotatie = useCallback(async () => {
    dispatch({ type: 'inserting' });
    const result = await document.insertTemplate({}, 'cursor');
    if (!result.ok) {
      dispatch({ type: 'loadFailed', message: messageFor(result.failure, language) });
      return;
    }
    await reload();
  }, [document, language, reload]);

  /** Puts the changed fields in house style in the form; returns the fields still to be written. */
  const normalizeChanges = useCallback((): AnnotatieValues => {
    const normalized = normalizedChanges(latest.current, normalize);
    dispatch({ type: 'normalized', values: normalized });
    return changes({ saved: latest.current.saved, values: { ...latest.current.values, ...normalized } });
  }, [normalize]);

  /**
   * One write of `sent` (one round trip: the Word layer batches the fields in one sync): what
   * landed, what did not, and the sentence saying so (null when everything did).
   */
  const send = useCallback(
    async (sent: AnnotatieValues) => {
      const result = await document.write(sent);
      const written = result.ok ? result.written : result.failure.written;
      if (result.ok && result.notWritten.length === 0) return { written, notWritten: [], message: null, reason: '', canRepair: false };
      const notWritten = result.ok
        ? result.notWritten
        : [...result.failure.notWritten, ...result.failure.uncertain].filter((key) => !written.includes(key));
      // write() resolving ok with notWritten means those fields' controls are missing from the
      // document (deleted by hand, or never there): a plain retry cannot help, repair() can.
      const failure = result.ok ? { kind: 'itemNotFound' as const, operation: 'write' as const, written, notWritten, uncertain: [] } : result.failure;
      return { written, notWritten, message: messageFor(failure, language), reason: failureKindText(failure.kind, language), canRepair: result.ok };
    },
    [document, language],
  );

  const saveToDocument = useCallback(async () => {
    // Trying to save shows every problem, also of the fields the user never visited.
    dispatch({ type: 'revealAll' });
    const sent = normalizeChanges();
    if (Object.keys(sent).length === 0) {
      dispatch({ type: 'nothingToSave' });
      return;
    }
    dispatch({ type: 'saving' });
    const { written, notWritten, message, reason, canRepair } = await send(sent);
    if (message === null) dispatch({ type: 'saved', written, sent });
    else dispatch({ type: 'saveFailed', written, notWritten, sent, message, reason, canRepair });
  }, [normalizeChanges, send]);

  const repairAndSave = useCallback(async () => {
    const pending = normalizeChanges();
    dispatch({ type: 'saving' });
    // One round trip: the missing controls come back in their place, filled with the pane's values.
    const result = await document.repair(pending);
    if (!result.ok) {
      const notWritten = Object.keys(pending) as FieldKey[];
      dispatch({
        type: 'saveFailed',
        written: [],
        notWritten,
        sent: pending,
        message: messageFor(result.failure, language),
        reason: failureKindText(result.failure.kind, language),
        canRepair: false,
      });
      return;
    }
    await reload();
    // What repair() did not re-create (fields whose controls were there) still has to be written.
    const rest = (Object.keys(pending) as FieldKey[]).filter((key) => !result.recreated.includes(key));
    if (rest.length > 0) await saveToDocument();
    else dispatch({ type: 'saved', written: result.recreated, sent: pending });
  }, [document, language, normalizeChanges, reload, saveToDocument]);

  const syncWithDocument = useCallback((values: AnnotatieValues, documentFindings: readonly Finding[]) => {
    dispatch({ type: 'documentRead', values, findings: documentFindings });
  }, []);

  const writeFields = useCallback(
    async (values: AnnotatieValues): Promise<FieldWriteResult> => {
      const normalized: Partial<Record<FieldKey, string>> = {};
      const sent: Partial<Record<FieldKey, string>> = {};
      for (const key of Object.keys(values) as FieldKey[]) {
        normalized[key] = normalize(key, values[key] ?? '');
        if (normalized[key] !== (latest.current.saved[key] ?? '')) sent[key] = normalized[key];
      }
      dispatch({ type: 'normalized', values: normalized });
      if (Object.keys(sent).length === 0) return { status: 'nothing' };
      // Only these fields; every other unsaved edit in the form is left as it is.
      const { written, notWritten, message } = await send(sent);
      dispatch({ type: 'fieldsWritten', written, sent });
      return message === null ? { status: 'saved', written } : { status: 'failed', written, notWritten, message };
    },
    [normalize, send],
  );

  const onChange = useCallback((field: FieldKey, value: string) => dispatch({ type: 'change', field, value }), []);
  const onBlur = useCallback((field: FieldKey) => dispatch({ type: 'blur', field }), []);
  const findingsRef = useRef(findings);
  findingsRef.current = findings;
  const onFocus = useCallback((field: FieldKey) => {
    const codes = findingsRef.current.filter((finding) => finding.field === field).map((finding) => finding.code);
    dispatch({ type: 'focus', field, codes });
  }, []);

  const onToggleSection: AccordionToggleEventHandler<SectionId> = useCallback((_event, data) => {
    setOpenSections(data.openItems);
  }, []);

  const goToField = useCallback((field: FieldKey) => {
    const section = paneSectionOf(field);
    if (section !== null) setOpenSections((open) => (open.includes(section) ? open : [...open, section]));
    // After React has rendered the opened panel.
    requestAnimationFrame(() => globalThis.document.getElementById(controlId(field))?.focus());
  }, []);

  const discard = useCallback((fields: readonly FieldKey[]) => dispatch({ type: 'discard', fields }), []);

  const visible = useMemo(() => visibleFindings(findings, state), [findings, state]);

  const findingsFor = useCallback(
    (field: FieldKey) =>
      shownFindings(visible, field, state.editing).map((finding) =>
        appliedOnSave(finding, state.values[field] ?? '', normalize, language),
      ),
    [visible, state.editing, state.values, normalize, language],
  );

  return {
    language,
    load: state.load,
    values: state.values,
    findings,
    visibleFindings: visible,
    pendingFields: pendingFields(findings, state),
    restoredFields: restoredFields(state),
    discard,
    findingsFor,
    counts: countProblems(visible),
    sectionProblems: problemsBySection(visible),
    changedCount: changedFields(state).length,
    save: state.save,
    openSections,
    onToggleSection,
    onChange,
    onFocus,
    onBlur,
    goToField,
    saveToDocument,
    repairAndSave,
    insertAnnotatie,
    reload,
    syncWithDocument,
    writeFields,
    calendar,
  };
}
