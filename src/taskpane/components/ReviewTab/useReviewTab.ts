import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { messageFor, type ChangeSelection, type ReviewOutcome } from '../../../document/port';
import type { FieldKey } from '../../../domain/fields';
import { meetingCalendarOf } from '../../pane-calendar';
import { useServices } from '../../services';
import type { ChangeNotice, FieldNotice, ReviewLoad, ReviewTabProps, ReviewTabState } from './ReviewTab.types';

/**
 * The Controle tab's state. The whole review is one `review()` (one round trip) when the tab
 * opens and on "Vernieuwen"; an accept or reject is one call whose outcome already holds the
 * review after it, so the tab re-renders from that without asking Word again. Every review also
 * goes to the form (syncWithDocument), so the two tabs show the same document.
 */
export function useReviewTab({ form }: ReviewTabProps): ReviewTabState {
  const { document, check, language } = useServices();
  const { syncWithDocument, writeFields } = form;
  const [load, setLoad] = useState<ReviewLoad>({ status: 'loading' });
  const [busy, setBusy] = useState<string | null>(null);
  const [changeNotice, setChangeNotice] = useState<ChangeNotice | null>(null);
  const [fieldNotice, setFieldNotice] = useState<FieldNotice | null>(null);
  // Only the answer to the latest request is shown: a slow refresh never overwrites the review
  // an accept brought back after it, and nothing is set once the tab is closed.
  const generation = useRef(0);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const show = useCallback(
    (review: ReviewOutcome) => {
      setLoad({ status: 'ready', review, at: new Date(), refreshing: false });
      syncWithDocument(review.values, review.findings);
    },
    [syncWithDocument],
  );

  const refresh = useCallback(async () => {
    const mine = (generation.current += 1);
    setLoad((current) => (current.status === 'ready' ? { ...current, refreshing: true } : { status: 'loading' }));
    const result = await document.review();
    if (!mounted.current || mine !== generation.current) return;
    if (result.ok) show(result);
    else setLoad({ status: 'failed', message: messageFor(result.failure, language) });
  }, [document, language, show]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const act = useCallback(
    async (action: 'accept' | 'reject', selection: ChangeSelection, key: string) => {
      const mine = (generation.current += 1);
      setBusy(key);
      setChangeNotice(null);
      const result = action === 'accept' ? await document.acceptChanges(selection) : await document.rejectChanges(selection);
      if (!mounted.current) return;
      setBusy(null);
      if (mine !== generation.current) return;
      if (result.ok) {
        show(result.review);
        setChangeNotice({ kind: 'outcome', outcome: result });
      } else {
        setChangeNotice({ kind: 'failed', action, message: messageFor(result.failure, language) });
      }
    },
    [document, language, show],
  );

  const selectField = useCallback(
    async (field: FieldKey) => {
      setFieldNotice(null);
      const result = await document.select(field);
      if (!mounted.current || result.ok) return;
      setFieldNotice({ kind: 'selectFailed', field, message: messageFor(result.failure, language) });
    },
    [document, language],
  );

  const applyFix = useCallback(
    async (field: FieldKey, suggestion: string) => {
      setBusy(`fix:${field}`);
      setFieldNotice(null);
      const result = await writeFields({ [field]: suggestion });
      if (!mounted.current) return;
      setBusy(null);
      if (result.status === 'failed') setFieldNotice({ kind: 'fixFailed', field, message: result.message });
      else setFieldNotice({ kind: 'fixed', field });
      // The write changed the document (and, with track changes on, added changes): look again.
      if (result.status !== 'nothing') await refresh();
    },
    [refresh, writeFields],
  );

  // With the meeting calendar, as the form checks (planning_no_meeting instead of planning_weekday).
  const meetings = meetingCalendarOf(form.calendar);
  const findings = useMemo(
    () => (load.status === 'ready' ? check(load.review.values, load.review.findings, meetings) : []),
    [check, load, meetings],
  );

  return {
    language,
    load,
    findings,
    busy,
    changeNotice,
    fieldNotice,
    unsaved: form.changedCount,
    refresh,
    act,
    selectField,
    applyFix,
    afterWrite: refresh,
  };
}
